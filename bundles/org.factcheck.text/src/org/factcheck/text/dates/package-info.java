/** Dates, periods, weekdays and clock times in German news text, resolvable against a document date. */
package org.factcheck.text.dates;
