/** Turning the bytes of a text file into text: UTF-8 first, Latin-1 when a file is clearly not UTF-8. */
package org.factcheck.text.encoding;
