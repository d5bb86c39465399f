package org.factcheck.engine.tests.fixes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.factcheck.checker.Evidence;
import org.factcheck.checker.Finding;
import org.factcheck.checker.FindingKind;
import org.factcheck.checker.Verdict;
import org.factcheck.claims.layout.ClaimLayout;
import org.factcheck.claims.layout.LayoutReader;
import org.factcheck.claims.writing.ClaimFix;
import org.factcheck.engine.claims.ClaimsLanguage;
import org.factcheck.engine.fixes.VerdictFixes;
import org.factcheck.engine.policy.ClaimVerdict;
import org.junit.jupiter.api.Test;

class VerdictFixesTest {

	private static final Map<String, LocalDate> DATES = Map.of("deciding", LocalDate.of(2024, 6, 21));

	@Test
	void uncitedClaimGetsTheDecidingDocumentItsDateAndItsVerdict() {
		String text = "claim a \"Text.\"\n";

		List<ClaimFix> fixes = fixes(text, supportedBy("deciding"));

		assertEquals(List.of("Cite 'deciding'", "Add 'asof 2024-06-21'", "Add 'expect supported'"), labels(fixes));
		assertEquals("claim a \"Text.\"\n    cites \"deciding\"\n", fixes.get(0).applyTo(text));
		assertEquals("claim a \"Text.\"\n    asof 2024-06-21\n", fixes.get(1).applyTo(text));
		assertEquals("claim a \"Text.\"\n    expect supported\n", fixes.get(2).applyTo(text));
	}

	@Test
	void wrongCitationCanBeReplacedOrKept() {
		String text = "claim a \"Text.\"\n    cites \"other\"\n    asof 2024-01-01\n    expect conflicting\n";

		List<ClaimFix> fixes = fixes(text, supportedBy("deciding"));

		assertEquals(List.of("Replace 'other' with 'deciding'", "Also cite 'deciding'", "Change to 'expect supported'"),
				labels(fixes), "an asof the author wrote is kept");
		assertEquals(text.replace("\"other\"", "\"deciding\""), fixes.get(0).applyTo(text));
		assertEquals(text.replace("\"other\"", "\"other\", \"deciding\""), fixes.get(1).applyTo(text));
		assertEquals(text.replace("conflicting", "supported"), fixes.get(2).applyTo(text));
	}

	@Test
	void misquoteIsReplacedByTheSourcesWording() {
		String text = "claim a \"Er sagte das.\"\n    cites \"deciding\" quote \"Jedes Land muss selbst entscheiden\"\n"
				+ "    expect conflicting\n";
		Finding misquote = Finding.assessment("org.factcheck.checkers.quote", Verdict.CONFLICTING, 0.96,
				"Misquote: deciding says …", List.of(new Evidence("deciding", 100, 150,
						"Jedes Land muss seine eigene\n Entscheidung treffen")));
		ClaimVerdict verdict = new ClaimVerdict(Verdict.CONFLICTING, "Misquote", Optional.of(misquote), List.of(misquote));

		List<ClaimFix> fixes = fixes(text, verdict);

		assertEquals(2, fixes.size(), labels(fixes)::toString);
		assertEquals("Add 'asof 2024-06-21'", fixes.get(1).label());
		assertTrue(fixes.get(0).label().startsWith("Quote 'deciding' as it is written"), fixes.get(0).label());
		assertEquals(text.replace("Jedes Land muss selbst entscheiden", "Jedes Land muss seine eigene Entscheidung treffen"),
				fixes.get(0).applyTo(text));
	}

	@Test
	void aConflictingSentenceUnlikeTheQuoteIsNoMisquote() {
		String text = "claim a \"Er sagte das.\"\n    cites \"deciding\" quote \"Jedes Land muss\"\n    expect conflicting\n";
		Finding numbers = Finding.assessment("numbers", Verdict.CONFLICTING, 0.9, "Other number.",
				List.of(new Evidence("deciding", 0, 80,
						"Die Regierung hat am Montag 500 statt 400 Millionen Euro für den Haushalt beschlossen.")));

		assertEquals(List.of("Add 'asof 2024-06-21'"),
				labels(fixes(text, new ClaimVerdict(Verdict.CONFLICTING, "", Optional.of(numbers), List.of(numbers)))));
	}

	@Test
	void unsourcedClaimOnlyGetsItsExpectation() {
		String text = "claim a \"Text.\" cites \"x\"\n";
		Finding citation = new Finding("policy", FindingKind.NOTE, Verdict.UNSOURCED, 0.1, "nothing", List.of());

		List<ClaimFix> fixes = fixes(text, new ClaimVerdict(Verdict.UNSOURCED, "nothing", Optional.empty(), List.of(citation)));

		assertEquals(List.of("Add 'expect unsourced'"), labels(fixes));
	}

	private static ClaimVerdict supportedBy(String document) {
		Finding finding = Finding.assessment("evidence", Verdict.SUPPORTED, 0.8, document + " states it.",
				List.of(new Evidence(document, 0, 5, "Text.")));
		return new ClaimVerdict(Verdict.SUPPORTED, finding.message(), Optional.of(finding), List.of(finding));
	}

	private static List<ClaimFix> fixes(String text, ClaimVerdict verdict) {
		return VerdictFixes.of(claim(text), verdict, id -> Optional.ofNullable(DATES.get(id)));
	}

	private static ClaimLayout claim(String text) {
		XtextResourceSet resourceSet = ClaimsLanguage.injector().getInstance(XtextResourceSet.class);
		Resource resource = resourceSet.createResource(URI.createURI("memory:/test.claims"));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return ClaimsLanguage.injector().getInstance(LayoutReader.class).read(resource).claims().get(0);
	}

	private static List<String> labels(List<ClaimFix> fixes) {
		return fixes.stream().map(ClaimFix::label).toList();
	}
}
