/**
 * Highlighting of claim files for any editor: lexical styles per token type and semantic styles
 * from the parsed file.
 */
package org.factcheck.claims.ide.syntaxcoloring;
