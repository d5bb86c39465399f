package org.factcheck.claims.tests.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.factcheck.claims.tests.ClaimsTestInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(ClaimsTestInjectorProvider.class)
class ClaimsValueConverterTest {

	@Inject
	private IValueConverterService converters;

	@Test
	void stringsAreWrittenWithEscapes() {
		assertEquals("\"Miller sagt: \\\"Jedes Land muss entscheiden.\\\"\"",
				converters.toString("Miller sagt: \"Jedes Land muss entscheiden.\"", "STRING"));
	}

	@Test
	void datesAreKeptAsWritten() {
		assertEquals("2024-02-30", converters.toValue("2024-02-30", "DATE", null));
		assertEquals("2024-06-21", converters.toString("2024-06-21", "DATE"));
	}

	@Test
	void textThatIsNoDateCannotBeWrittenAsOne() {
		assertThrows(ValueConverterException.class, () -> converters.toString("21.06.2024", "DATE"));
	}

	@Test
	void idsAreWrittenWithAnEscapeWhenTheyAreKeywords() {
		assertEquals("^quote", converters.toString("quote", "ID"));
		assertEquals("größe", converters.toString("größe", "ID"));
	}
}
