/**
 * German text analysis: sentences, tokens, lemmas, compounds, numbers and dates in news text.
 */
package org.factcheck.text;
