/**
 * The claim language for tools that only read claim files (the command line): parsing, linking and
 * validation as in the editor, without the services that write a claim file back from its model.
 */
package org.factcheck.claims.headless;
