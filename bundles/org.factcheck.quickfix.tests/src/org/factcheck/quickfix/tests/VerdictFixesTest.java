package org.factcheck.quickfix.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.resource.XtextResource;
import org.factcheck.claims.claims.Claim;
import org.factcheck.claims.claims.ClaimFile;
import org.factcheck.engine.batch.BatchVerifier;
import org.factcheck.engine.batch.VerifiedClaim;
import org.factcheck.engine.claims.ClaimFileLoader;
import org.factcheck.engine.claims.LoadedClaimFile;
import org.factcheck.engine.registry.CheckerRegistry;
import org.factcheck.engine.run.CheckerSelection;
import org.factcheck.engine.run.VerificationEngine;
import org.factcheck.quickfix.ClaimFix;
import org.factcheck.quickfix.VerdictFixes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fixes that follow from verifying claims against the seed corpus with the installed checkers. */
class VerdictFixesTest {

	@TempDir
	Path temp;

	private final VerdictFixes fixes = new VerdictFixes();

	/** The fixes of the file's only claim once verified, and the file's text. */
	private record Fixed(List<ClaimFix> fixes, String text) {
		String apply(String label) {
			return apply(fixes.stream().filter(f -> f.label().equals(label)).findFirst()
					.orElseThrow(() -> new AssertionError("no fix '" + label + "' in " + fixes)));
		}

		/** The claims of the file with the fix applied (without the corpus line). */
		String apply(ClaimFix fix) {
			String fixed = fix.applyTo(text);
			return fixed.substring(fixed.indexOf("\n\n") + 2);
		}
	}

	private Fixed verified(String claim) throws Exception {
		Path file = ClaimFiles.write(temp, claim);
		LoadedClaimFile loaded = new ClaimFileLoader().load(List.of(file), Optional.empty(), Optional.empty()).get(0);
		BatchVerifier verifier = new BatchVerifier(new VerificationEngine(CheckerRegistry.fromExtensions()), CheckerSelection.all(), 1);
		VerifiedClaim result = verifier.verify(loaded.claims(), loaded.corpus().orElseThrow()).get(0);
		XtextResource resource = ClaimFiles.parse(file);
		Claim parsed = ((ClaimFile) resource.getContents().get(0)).getClaims().get(0);
		String text = ClaimFiles.text(resource);
		return new Fixed(fixes.fixes(parsed, result.result()), text);
	}

	@Test
	void aWrongExpectationIsReplacedAndAMissingOneAdded() throws Exception {
		Fixed wrong = verified("claim soldiers \"In Südkorea sind 18.500 US-Soldaten stationiert.\"\n"
				+ "    cites \"000_8c535eb6db9358b5\"\n    expect supported\n");
		assertTrue(wrong.apply("Expect conflicting").endsWith("    expect conflicting\n"));
		Fixed none = verified("claim soldiers \"In Südkorea sind 18.500 US-Soldaten stationiert.\"\n"
				+ "    cites \"000_8c535eb6db9358b5\"\n");
		assertEquals("claim soldiers \"In Südkorea sind 18.500 US-Soldaten stationiert.\"\n"
				+ "    cites \"000_8c535eb6db9358b5\"\n    expect conflicting\n", none.apply("Expect conflicting"));
	}

	@Test
	void aWrongCitationIsReplacedByTheDocumentThatDecides() throws Exception {
		Fixed fixed = verified("claim austin \"Lloyd Austin sagte, die genauen Aktivitäten der Soldaten seien noch abzuwarten.\"\n"
				+ "    cites \"001_f7fa05fd70448d5b\"\n");
		assertTrue(fixed.apply("Cite '003_5631f6e596cc8e95' instead").contains("cites \"003_5631f6e596cc8e95\"\n"));
		assertTrue(fixed.apply("Cite '003_5631f6e596cc8e95' as well")
				.contains("cites \"001_f7fa05fd70448d5b\", \"003_5631f6e596cc8e95\"\n"));
	}

	@Test
	void anUncitedClaimCitesTheDocumentThatDecides() throws Exception {
		Fixed fixed = verified("claim rutte \"Yoon Suk Yeol führte am 6. November ein Telefongespräch mit NATO-Generalsekretär Mark Rutte.\"\n");
		assertEquals("claim rutte \"Yoon Suk Yeol führte am 6. November ein Telefongespräch mit NATO-Generalsekretär Mark Rutte.\""
				+ "\n    cites \"000_8c535eb6db9358b5\"\n", fixed.apply("Cite '000_8c535eb6db9358b5'"));
	}

	@Test
	void aClaimWithoutAsofIsScopedToTheDecidingDocumentsDate() throws Exception {
		Path file = ClaimFiles.write(temp, "claim rutte \"Yoon Suk Yeol führte am 6. November ein Telefongespräch mit "
				+ "NATO-Generalsekretär Mark Rutte.\"\n    cites \"000_8c535eb6db9358b5\"\n    expect supported\n");
		LoadedClaimFile loaded = new ClaimFileLoader().load(List.of(file), Optional.empty(), Optional.empty()).get(0);
		BatchVerifier verifier = new BatchVerifier(new VerificationEngine(CheckerRegistry.fromExtensions()), CheckerSelection.all(), 1);
		VerifiedClaim result = verifier.verify(loaded.claims(), loaded.corpus().orElseThrow()).get(0);
		XtextResource resource = ClaimFiles.parse(file);
		Claim parsed = ((ClaimFile) resource.getContents().get(0)).getClaims().get(0);
		LocalDate published = LocalDate.of(2024, 11, 7);

		List<ClaimFix> found = fixes.fixes(parsed, result.result(), id -> Optional.of(published));

		ClaimFix asOf = found.stream().filter(f -> f.label().startsWith("Add asof")).findFirst()
				.orElseThrow(() -> new AssertionError(found.toString()));
		assertEquals("Add asof 2024-11-07, the date of '000_8c535eb6db9358b5'", asOf.label());
		String fixed = asOf.applyTo(ClaimFiles.text(resource));
		assertTrue(fixed.endsWith("    cites \"000_8c535eb6db9358b5\"\n    asof 2024-11-07\n    expect supported\n"), fixed);
		assertTrue(fixes.fixes(parsed, result.result()).stream().noneMatch(f -> f.label().startsWith("Add asof")),
				"without dates there is no asof fix");
	}

	@Test
	void aMisquoteIsReplacedByTheDocumentsWords() throws Exception {
		Fixed fixed = verified("claim misquote \"Miller sagte, jedes Land müsse seine eigene Entscheidung treffen.\"\n"
				+ "    cites \"004_cf013e87bb0c4974\" quote \"Kein Land muss seine eigene Entscheidung darüber treffen\"\n");
		ClaimFix quote = fixed.fixes().stream().filter(f -> f.label().startsWith("Quote the document's words")).findFirst()
				.orElseThrow(() -> new AssertionError(fixed.fixes().toString()));
		assertTrue(fixed.apply(quote).contains("quote \"Jedes Land muss seine eigene Entscheidung darüber treffen\""),
				fixed.apply(quote));
	}
}
