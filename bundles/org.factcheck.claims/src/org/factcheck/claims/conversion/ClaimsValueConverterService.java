package org.factcheck.claims.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Value converters of the claim language: STRING with its escapes; DATE is kept as written and
 * checked by the validator, so that a wrong date is reported with its reason instead of as a
 * syntax error.
 */
@Singleton
public class ClaimsValueConverterService extends DefaultTerminalConverters {

	@Inject
	private StringLiteralConverter stringConverter;

	@Override
	@ValueConverter(rule = "STRING")
	public IValueConverter<String> STRING() {
		return stringConverter;
	}

	@ValueConverter(rule = "DATE")
	public IValueConverter<String> DATE() {
		return new DateTextConverter();
	}
}
