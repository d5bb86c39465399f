package org.factcheck.engine.tests.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.factcheck.checker.Evidence;
import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;
import org.factcheck.engine.policy.Calibration;
import org.junit.jupiter.api.Test;

/** Mapping reported confidences to how often findings of that kind were right. */
class CalibrationTest {

	private static Calibration table(String text) {
		return Calibration.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static Finding finding(String checker, Verdict verdict, double confidence) {
		return Finding.assessment(checker, verdict, confidence, "m", List.of(new Evidence("d", 0, 1, "x")));
	}

	@Test
	void interpolatesBetweenPointsAndIsConstantBeyondThem() {
		Calibration calibration = table("# comment\nc.x | supported | 0.6:0.3 0.8:0.5 0.95:0.9\n");
		assertEquals(0.3, calibration.confidence(finding("c.x", Verdict.SUPPORTED, 0.5)), 1e-9);
		assertEquals(0.4, calibration.confidence(finding("c.x", Verdict.SUPPORTED, 0.7)), 1e-9);
		assertEquals(0.9, calibration.confidence(finding("c.x", Verdict.SUPPORTED, 0.99)), 1e-9);
	}

	@Test
	void otherCheckersAndVerdictsKeepTheirConfidence() {
		Calibration calibration = table("c.x | supported | 0.6:0.3 0.8:0.5\n");
		assertEquals(0.7, calibration.confidence(finding("c.x", Verdict.CONFLICTING, 0.7)), 1e-9);
		assertEquals(0.7, calibration.confidence(finding("c.y", Verdict.SUPPORTED, 0.7)), 1e-9);
		Finding same = finding("c.y", Verdict.SUPPORTED, 0.7);
		assertEquals(same, calibration.apply(same));
	}

	@Test
	void decreasingPointsAreRejectedWithTheLine() {
		IllegalStateException e = assertThrows(IllegalStateException.class,
				() -> table("c.x | supported | 0.6:0.5 0.8:0.3\n"));
		assertEquals(true, e.getMessage().contains(":1:"), e.getMessage());
	}

	@Test
	void theShippedTableLoads() {
		Calibration fitted = Calibration.fitted();
		double low = fitted.confidence(finding("org.factcheck.checkers.evidence", Verdict.SUPPORTED, 0.65));
		double high = fitted.confidence(finding("org.factcheck.checkers.evidence", Verdict.SUPPORTED, 0.95));
		assertEquals(true, low <= high, low + " > " + high);
	}
}
