/** Tokens, part-of-speech tags and lemmas of German text (OpenNLP German models). */
package org.factcheck.text.tokens;
