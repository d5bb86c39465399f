/** German compound words split into their parts (jwordsplitter). */
package org.factcheck.text.compounds;
