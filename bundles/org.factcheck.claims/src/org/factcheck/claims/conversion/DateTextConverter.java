package org.factcheck.claims.conversion;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/** Keeps a DATE token as written; {@link IsoDate} tells whether it is a real date. */
public class DateTextConverter implements IValueConverter<String> {

	@Override
	public String toValue(String string, INode node) throws ValueConverterException {
		return string;
	}

	@Override
	public String toString(String value) throws ValueConverterException {
		if (value == null || !value.matches("\\d+-\\d+-\\d+")) {
			throw new ValueConverterException("'" + value + "' cannot be written as a date: use YYYY-MM-DD", null,
					null);
		}
		return value;
	}
}
