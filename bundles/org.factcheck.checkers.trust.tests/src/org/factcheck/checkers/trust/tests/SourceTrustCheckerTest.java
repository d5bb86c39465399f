package org.factcheck.checkers.trust.tests;

import static org.factcheck.engine.tests.harness.CheckerHarness.findingsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.factcheck.checker.Finding;
import org.factcheck.checker.FindingKind;
import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.checkers.numbers.NumberChecker;
import org.factcheck.checkers.trust.SourceTrustChecker;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.corpus.store.StoreOptions;
import org.factcheck.corpus.store.tests.TestCorpora;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source-trust checker with the verdict policy, on real seed and news sentences. */
class SourceTrustCheckerTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NumberChecker.ID, NumberChecker::new).and(SourceTrustChecker.ID, SourceTrustChecker::new);

	@TempDir
	Path temp;

	/** The seed corpus with article 003 (the precious-metal dealer's news page) marked low-trust in its manifest. */
	private CorpusStore marked;

	@BeforeEach
	void markTheDealersPageLowTrust() throws IOException {
		Path corpus = TestCorpora.copyOfSeeds(temp.resolve("seeds"));
		Files.writeString(corpus.resolve("manifest.jsonl"),
				"{\"id\": \"" + TestCorpora.SEED_003 + "\", \"publisher\": \"Kettner Edelmetalle\", \"trust\": \"low\"}\n");
		marked = CorpusStore.open(corpus, StoreOptions.withIndex(temp.resolve("cache")));
	}

	@AfterEach
	void close() {
		marked.close();
	}

	private static Finding onlyCaveat(ClaimResult result) {
		List<Finding> caveats = findingsOf(result, SourceTrustChecker.ID);
		assertEquals(1, caveats.size(), result.findings().toString());
		assertEquals(FindingKind.CAVEAT, caveats.get(0).kind());
		return caveats.get(0);
	}

	@Test
	void aLowTrustSourceAloneCannotMakeTheClaimSupported() {
		String claim = "Nordkorea hat 3.000 Soldaten nach Russland entsandt.";
		ClaimResult result = CHECKERS.verify(marked, claim, TestCorpora.SEED_003);
		assertEquals(Verdict.UNSOURCED, result.verdictValue(), result.verdict().reason());
		Finding caveat = onlyCaveat(result);
		assertEquals(TestCorpora.SEED_003, caveat.documentId());
		assertTrue(caveat.message().startsWith(TestCorpora.SEED_003
				+ " is a low-trust source (marked \"trust\": \"low\" in the corpus manifest): it cannot make the claim supported on its own; no trusted source states it"),
				caveat.message());
		assertTrue(caveat.message().contains("the closest, " + TestCorpora.SEED_001 + ", lacks Nordkorea, 3.000"), caveat.message());
		assertEquals(caveat.message(), result.verdict().reason());
	}

	@Test
	void withoutTheMarkTheSameClaimIsSupported() throws IOException {
		ClaimResult result = CHECKERS.verify(TestCorpora.seedStore(), "Nordkorea hat 3.000 Soldaten nach Russland entsandt.",
				TestCorpora.SEED_003);
		assertEquals(Verdict.SUPPORTED, result.verdictValue());
		assertEquals(List.of(), findingsOf(result, SourceTrustChecker.ID));
	}

	@Test
	void aTrustedSourceStatingItTooDecidesInsteadOfTheLowTrustOne() {
		ClaimResult result = CHECKERS.verify(marked, "Nordkorea versorgt Russland mit Munition.", TestCorpora.SEED_003);
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.findings().toString());
		assertEquals(TestCorpora.SEED_004, result.verdict().deciding().orElseThrow().documentId());
		assertTrue(onlyCaveat(result).message().endsWith("; the trusted " + TestCorpora.SEED_004 + " states it too."),
				onlyCaveat(result).message());
		assertTrue(result.findings().stream().noneMatch(f -> f.kind() == FindingKind.CITATION),
				"the cited document states the claim; its citation is not wrong");
	}

	@Test
	void aTrustedSourceThatOnlyTouchesTheClaimIsNotNamedAsStatingIt() {
		ClaimResult result = CHECKERS.verify(marked, "Yoon Suk Yeol verurteilte die Entsendung nordkoreanischer Truppen nach Russland.",
				TestCorpora.SEED_003);
		assertEquals(Verdict.UNSOURCED, result.verdictValue(), result.findings().toString());
		assertTrue(onlyCaveat(result).message().contains("no trusted source states it"), onlyCaveat(result).message());
	}

	@Test
	void aConflictInALowTrustSourceStillCounts() {
		ClaimResult result = CHECKERS.verify(marked, "Nordkorea hat 5.000 Soldaten nach Russland entsandt.", TestCorpora.SEED_003);
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void publishersListedInThePreferenceAreLowTrust() throws IOException {
		CheckerHarness listing = CHECKERS.withPreference(SourceTrustChecker.ID, SourceTrustChecker.LOW_TRUST_PUBLISHERS,
				"Example Blog, baoquocte.vn");
		ClaimResult result = listing.verify(TestCorpora.seedStore(),
				"Yoon Suk Yeol telefonierte am Morgen des 7. November mit Donald Trump.", TestCorpora.SEED_000);
		assertEquals(Verdict.UNSOURCED, result.verdictValue(), result.verdict().reason());
		assertTrue(onlyCaveat(result).message().contains("(its publisher baoquocte.vn is listed as low-trust)"),
				onlyCaveat(result).message());
	}

	@Test
	void aNewsPublisherListedAsLowTrustLeavesItsOwnStoryUnsourced() throws IOException {
		String claim = "Auf dem Gelände des Recyclingunternehmens Häusle wurden seit 2009 illegal Kunststoffabfälle vergraben.";
		assertEquals(Verdict.SUPPORTED, CHECKERS.verify(TestCorpora.gnadStore(), claim, "gnad-0203").verdictValue());
		ClaimResult listed = CHECKERS.withPreference(SourceTrustChecker.ID, SourceTrustChecker.LOW_TRUST_PUBLISHERS, "der standard")
				.verify(TestCorpora.gnadStore(), claim, "gnad-0203");
		assertEquals(Verdict.UNSOURCED, listed.verdictValue(), listed.verdict().reason());
		assertTrue(onlyCaveat(listed).message().contains("its publisher DER STANDARD is listed as low-trust"),
				onlyCaveat(listed).message());
	}

}
