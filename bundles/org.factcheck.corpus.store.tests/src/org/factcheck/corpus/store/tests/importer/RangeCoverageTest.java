package org.factcheck.corpus.store.tests.importer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factcheck.corpus.store.RangeCoverage;
import org.junit.jupiter.api.Test;

/** Whether ranges (quotations, page furniture) cover most of a span, white space not counted. */
class RangeCoverageTest {

	private static final String TEXT = "Abc def.   Ghi jkl mno.      Pqr.";

	@Test
	void aSpanIsCoveredWhenAtLeastHalfOfItsNonSpaceCharactersAre() {
		RangeCoverage coverage = RangeCoverage.of(TEXT, List.of(new int[] { 11, 18 }));
		assertTrue(coverage.coversMostOf(11, 23));
		assertTrue(coverage.coversMostOf(8, 19));
		assertFalse(coverage.coversMostOf(11, 33));
		assertFalse(coverage.coversMostOf(0, 8));
		assertFalse(coverage.coversMostOf(29, 33));
	}

	@Test
	void aSpanNoRangeReachesIntoOrWithoutCharactersIsNotCovered() {
		RangeCoverage none = RangeCoverage.of(TEXT, List.of());
		assertFalse(none.coversMostOf(0, TEXT.length()));
		RangeCoverage coverage = RangeCoverage.of(TEXT, List.of(new int[] { 0, 3 }, new int[] { 29, 33 }));
		assertFalse(coverage.coversMostOf(3, 29));
		assertFalse(coverage.coversMostOf(23, 29));
		assertTrue(coverage.coversMostOf(0, 5));
		assertTrue(coverage.coversMostOf(25, 33));
		assertFalse(RangeCoverage.of(TEXT, List.of(new int[] { 8, 11 })).coversMostOf(8, 11));
	}
}
