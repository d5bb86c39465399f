package org.factcheck.claims.tests.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.factcheck.claims.claims.ClaimFile;
import org.factcheck.claims.tests.ClaimsInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(ClaimsInjectorProvider.class)
class ClaimsParsingTest {

	@Inject
	private ParseHelper<ClaimFile> parseHelper;

	@Test
	void parsesClaimWithAllClauses() throws Exception {
		ClaimFile file = parseHelper.parse("""
				claim arsenal "Südkoreas Arsenal umfasst etwa 3,4 Millionen Geschosse."
				    asof 2024-06-21
				    expect supported
				""");
		assertTrue(file.eResource().getErrors().isEmpty(), () -> file.eResource().getErrors().toString());
		assertEquals("arsenal", file.getClaims().get(0).getName());
		assertEquals("Südkoreas Arsenal umfasst etwa 3,4 Millionen Geschosse.", file.getClaims().get(0).getText());
		assertEquals("2024-06-21", file.getClaims().get(0).getAsOf());
	}
}
