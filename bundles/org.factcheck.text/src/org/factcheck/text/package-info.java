/**
 * German text analysis: sentences, tokens, lemmas, compounds, numbers and dates in news text.
 * <p>
 * Every analyser is obtained from a static {@code german()} factory, is immutable and thread-safe,
 * and loads its models and word lists once, on first use. Offsets are UTF-16 indexes into the
 * analysed string.
 */
package org.factcheck.text;
