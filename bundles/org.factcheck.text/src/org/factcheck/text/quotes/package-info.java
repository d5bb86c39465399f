/** Quoted speech in German news text and who said it. */
package org.factcheck.text.quotes;
