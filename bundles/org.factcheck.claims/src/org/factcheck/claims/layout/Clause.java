package org.factcheck.claims.layout;

/**
 * A keyword with its value, such as {@code asof 2024-06-21} or {@code quote "…"}.
 *
 * @param value       the value with escapes resolved
 * @param span        keyword and value
 * @param valueSpan   the value as written (a string literal with its quotes)
 */
public record Clause(String value, Span span, Span valueSpan) {

	public Clause shifted(int delta) {
		return new Clause(value, span.shifted(delta), valueSpan.shifted(delta));
	}
}
