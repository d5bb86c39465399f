/** Quantities in German text: digits and number words, multipliers, units, qualifiers and ranges. */
package org.factcheck.text.numbers;
