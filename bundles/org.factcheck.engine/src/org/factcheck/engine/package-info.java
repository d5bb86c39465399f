/**
 * Runs the contributed checkers on claims and combines their findings into verdicts.
 */
package org.factcheck.engine;
