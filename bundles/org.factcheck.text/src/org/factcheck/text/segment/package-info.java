/** Paragraphs and sentences of German news text as exact, trimmed offset spans. */
package org.factcheck.text.segment;
