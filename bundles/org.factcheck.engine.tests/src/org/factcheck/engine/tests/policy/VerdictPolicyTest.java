package org.factcheck.engine.tests.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.factcheck.checker.Citation;
import org.factcheck.checker.Claim;
import org.factcheck.checker.Evidence;
import org.factcheck.checker.Finding;
import org.factcheck.checker.FindingKind;
import org.factcheck.checker.Verdict;
import org.factcheck.engine.policy.Calibration;
import org.factcheck.engine.policy.ClaimVerdict;
import org.factcheck.engine.policy.VerdictPolicy;
import org.junit.jupiter.api.Test;

class VerdictPolicyTest {

	private final VerdictPolicy policy = new VerdictPolicy(
			id -> Optional.ofNullable(Map.of("a", LocalDate.of(2024, 6, 20), "b", LocalDate.of(2024, 10, 24)).get(id)));

	private static Claim citing(String... documents) {
		return new Claim("c", "Text", List.of(documents).stream().map(Citation::of).toList(), Optional.empty());
	}

	private static Finding finding(Verdict verdict, double confidence, String document) {
		return finding(verdict, confidence, document, 0);
	}

	private static Finding finding(Verdict verdict, double confidence, String document, int passageStart) {
		return Finding.assessment("test", verdict, confidence, verdict.label() + " in " + document,
				List.of(new Evidence(document, passageStart, passageStart + 4, "Text")));
	}

	@Test
	void decidingFindingIsTheCalibratedOneInTheListAndTheVerdictUsesTheCheckersConfidence() throws Exception {
		Calibration halve = Calibration.read(new java.io.ByteArrayInputStream(
				"test | supported | 0.0:0.0 1.0:0.5\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		VerdictPolicy calibrated = new VerdictPolicy(id -> Optional.empty(), halve);
		ClaimVerdict verdict = calibrated.decide(citing("a"), List.of(finding(Verdict.SUPPORTED, 0.8, "a")));
		assertEquals(Verdict.SUPPORTED, verdict.verdict(), "decided on 0.8, not on the reported 0.4");
		Finding deciding = verdict.deciding().orElseThrow();
		assertEquals(0.4, deciding.confidence(), 1e-9);
		assertTrue(verdict.findings().stream().anyMatch(f -> f == deciding), "the same instance as in the findings");
	}

	@Test
	void aSupportTheCalibrationRatesMostlyWrongDoesNotDecide() throws Exception {
		Calibration halve = Calibration.read(new java.io.ByteArrayInputStream(
				("test | supported | 0.0:0.0 1.0:0.5\ntest | conflicting | 0.0:0.0 1.0:0.5\n")
						.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		VerdictPolicy calibrated = new VerdictPolicy(id -> Optional.empty(), halve);
		ClaimVerdict weak = calibrated.decide(citing("a"), List.of(finding(Verdict.SUPPORTED, 0.7, "a")));
		assertEquals(Verdict.UNSOURCED, weak.verdict(), "0.7 is reported as 0.35, below " + VerdictPolicy.SUPPORT_FLOOR);
		assertTrue(weak.reason().startsWith("Only a weak support (calibrated confidence 0.35"), weak.reason());
		assertEquals(Verdict.SUPPORTED,
				calibrated.decide(citing("a"), List.of(finding(Verdict.SUPPORTED, 0.9, "a"))).verdict(), "0.45 decides");
		assertEquals(Verdict.CONFLICTING,
				calibrated.decide(citing("a"), List.of(finding(Verdict.CONFLICTING, 0.7, "a"))).verdict(),
				"the floor is for supports only");
	}

	@Test
	void nothingDecisiveIsUnsourced() {
		ClaimVerdict verdict = policy.decide(citing("a"), List.of(finding(Verdict.SUPPORTED, 0.4, "a")));
		assertEquals(Verdict.UNSOURCED, verdict.verdict());
		assertTrue(verdict.deciding().isEmpty());
	}

	@Test
	void unsourcedReasonComesFromTheMostConfidentUnsourcedFinding() {
		Finding absent = Finding.assessment("quote", Verdict.UNSOURCED, 0.7, "The quote does not occur in a.",
				List.of());
		assertEquals("The quote does not occur in a.", policy.decide(citing("a"), List.of(absent)).reason());
	}

	@Test
	void citedDocumentDecidesOverOtherDocuments() {
		ClaimVerdict verdict = policy.decide(citing("a"),
				List.of(finding(Verdict.SUPPORTED, 0.6, "a"), finding(Verdict.CONFLICTING, 0.95, "b")));
		assertEquals(Verdict.SUPPORTED, verdict.verdict());
		assertEquals("a", verdict.deciding().orElseThrow().documentId());
	}

	@Test
	void conflictInTheDecidingDocumentWinsOverEquallyConfidentSupport() {
		ClaimVerdict verdict = policy.decide(citing("a"),
				List.of(finding(Verdict.SUPPORTED, 0.8, "a"), finding(Verdict.CONFLICTING, 0.8, "a")));
		assertEquals(Verdict.CONFLICTING, verdict.verdict());
	}

	@Test
	void moreConfidentSupportFromAnotherPassageWinsOverWeakConflictInTheSameDocument() {
		ClaimVerdict verdict = policy.decide(citing("a"),
				List.of(finding(Verdict.SUPPORTED, 0.9, "a", 0), finding(Verdict.CONFLICTING, 0.6, "a", 100)));
		assertEquals(Verdict.SUPPORTED, verdict.verdict());
	}

	@Test
	void withinADocumentTheCalibratedConfidencesDecideBetweenSupportAndConflict() throws Exception {
		Calibration scales = Calibration.read(new java.io.ByteArrayInputStream(
				("test | supported | 0.0:0.0 1.0:0.6\ntest | conflicting | 0.0:0.0 0.7:0.9 1.0:0.95\n")
						.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		VerdictPolicy calibrated = new VerdictPolicy(id -> Optional.empty(), scales);
		ClaimVerdict verdict = calibrated.decide(citing("a"),
				List.of(finding(Verdict.SUPPORTED, 0.9, "a", 0), finding(Verdict.CONFLICTING, 0.7, "a", 100)));
		assertEquals(Verdict.CONFLICTING, verdict.verdict(),
				"a support right 54 % of the time does not outweigh a conflict right 90 % of the time");
	}

	@Test
	void conflictReadInTheSupportingPassageItselfWins() {
		ClaimVerdict verdict = policy.decide(citing("a"), List.of(finding(Verdict.SUPPORTED, 0.95, "a", 0),
				finding(Verdict.CONFLICTING, 0.6, "a", 2), finding(Verdict.SUPPORTED, 0.55, "a", 100)));
		assertEquals(Verdict.CONFLICTING, verdict.verdict());
	}

	@Test
	void uncitedClaimIsDecidedByTheWholeCorpus() {
		ClaimVerdict verdict = policy.decide(citing(), List.of(finding(Verdict.CONFLICTING, 0.7, "b")));
		assertEquals(Verdict.CONFLICTING, verdict.verdict());
		assertTrue(verdict.findings().stream().noneMatch(f -> f.kind() == FindingKind.CITATION));
	}

	@Test
	void silentCitationWithSupportElsewhereIsAWrongCitation() {
		ClaimVerdict verdict = policy.decide(citing("a"), List.of(finding(Verdict.SUPPORTED, 0.8, "b")));
		assertEquals(Verdict.SUPPORTED, verdict.verdict());
		Finding citation = verdict.findings().stream().filter(f -> f.kind() == FindingKind.CITATION).findFirst()
				.orElseThrow();
		assertEquals("b", citation.documentId());
		assertTrue(citation.message().contains("a does not state this, but b (2024-10-24) does"), citation.message());
	}

	@Test
	void disagreeingSourcesAreListedWithTheirDates() {
		ClaimVerdict verdict = policy.decide(citing("a"),
				List.of(finding(Verdict.SUPPORTED, 0.8, "a"), finding(Verdict.CONFLICTING, 0.7, "b")));
		Finding note = verdict.findings().stream().filter(f -> f.kind() == FindingKind.NOTE).findFirst().orElseThrow();
		assertEquals("Sources disagree: a (2024-06-20) supports it; b (2024-10-24) contradicts it.", note.message());
		assertEquals(2, note.evidence().size());
	}

	@Test
	void agreeingSourcesAddNoNote() {
		ClaimVerdict verdict = policy.decide(citing(),
				List.of(finding(Verdict.SUPPORTED, 0.8, "a"), finding(Verdict.SUPPORTED, 0.7, "b")));
		assertFalse(verdict.findings().stream().anyMatch(f -> f.kind() == FindingKind.NOTE));
		assertEquals("a", verdict.deciding().orElseThrow().documentId());
	}

	@Test
	void notesNeverDecide() {
		Finding note = new Finding("test", FindingKind.NOTE, Verdict.SUPPORTED, 1.0, "note",
				List.of(new Evidence("a", 0, 1, "T")));
		assertEquals(Verdict.UNSOURCED, policy.decide(citing("a"), List.of(note)).verdict());
	}

	private static Finding caveat(String document) {
		return Finding.caveat("trust", 0.9, document + " is a low-trust source: it cannot make the claim supported on its own.",
				List.of(new Evidence(document, 0, 4, "Text")));
	}

	@Test
	void aSupportFromADocumentUnderACaveatAloneLeavesTheClaimUnsourcedWithTheCaveatAsReason() {
		ClaimVerdict verdict = policy.decide(citing("a"), List.of(finding(Verdict.SUPPORTED, 0.9, "a"), caveat("a")));
		assertEquals(Verdict.UNSOURCED, verdict.verdict());
		assertEquals("a is a low-trust source: it cannot make the claim supported on its own.", verdict.reason());
		assertTrue(verdict.findings().stream().noneMatch(f -> f.kind() == FindingKind.CITATION), verdict.findings().toString());
	}

	@Test
	void anotherDocumentsSupportStillDecidesBesideADocumentUnderACaveat() {
		ClaimVerdict verdict = policy.decide(citing("a"),
				List.of(finding(Verdict.SUPPORTED, 0.9, "a"), caveat("a"), finding(Verdict.SUPPORTED, 0.7, "b")));
		assertEquals(Verdict.SUPPORTED, verdict.verdict());
		assertEquals("b", verdict.deciding().orElseThrow().documentId());
		assertTrue(verdict.findings().stream().noneMatch(f -> f.kind() == FindingKind.CITATION),
				"the cited document does state it, so the citation is not wrong");
	}

	@Test
	void aConflictInADocumentUnderACaveatStillCounts() {
		ClaimVerdict verdict = policy.decide(citing("a"), List.of(finding(Verdict.CONFLICTING, 0.8, "a"), caveat("a")));
		assertEquals(Verdict.CONFLICTING, verdict.verdict());
	}
}
