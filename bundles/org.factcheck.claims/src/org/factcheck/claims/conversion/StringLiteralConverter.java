package org.factcheck.claims.conversion;

import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.ValueConverterWithValueException;
import org.eclipse.xtext.conversion.impl.AbstractLexerBasedConverter;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Converts STRING tokens with {@link StringLiteral}. A bad escape or a missing closing quote is
 * reported at its exact position while the model keeps the text as written.
 */
public class StringLiteralConverter extends AbstractLexerBasedConverter<String> {

	@Override
	public String toValue(String string, INode node) throws ValueConverterException {
		if (string == null) {
			return null;
		}
		StringLiteral.Unescaped unescaped = StringLiteral.unescape(string);
		if (unescaped.problem().isPresent()) {
			StringLiteral.Problem problem = unescaped.problem().get();
			throw new ValueConverterWithValueException(problem.message(), node, unescaped.value(), problem.offset(),
					problem.length(), null);
		}
		return unescaped.value();
	}

	@Override
	protected String toEscapedString(String value) {
		return StringLiteral.quote(value);
	}
}
