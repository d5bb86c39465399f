package org.factcheck.cli.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * How well confidences match how often they are right: predictions (a finding's confidence and
 * whether its verdict agrees with the label) grouped in bins of confidence, each with its mean
 * confidence and its share of right predictions, and the expected calibration error (the
 * support-weighted mean gap between the two). Calibrated confidences have about c of the findings
 * at confidence c right.
 */
public final class ReliabilityTable {

	/** One prediction: its confidence and whether it agrees with the label. */
	public record Prediction(double confidence, boolean right) {
	}

	/** Predictions with confidence in [from, to). */
	public record Bin(double from, double to, int count, double meanConfidence, double accuracy) {
	}

	private static final double[] EDGES = { 0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0000001 };

	private final List<Bin> bins = new ArrayList<>();
	private final int total;
	private final double expectedError;

	public ReliabilityTable(List<Prediction> predictions) {
		double gap = 0;
		for (int b = 0; b + 1 < EDGES.length; b++) {
			double from = EDGES[b];
			double to = EDGES[b + 1];
			List<Prediction> in = predictions.stream().filter(p -> p.confidence() >= from && p.confidence() < to).toList();
			if (in.isEmpty()) {
				continue;
			}
			double mean = in.stream().mapToDouble(Prediction::confidence).average().orElse(0);
			double accuracy = (double) in.stream().filter(Prediction::right).count() / in.size();
			bins.add(new Bin(from, Math.min(1, to), in.size(), mean, accuracy));
			gap += in.size() * Math.abs(mean - accuracy);
		}
		total = predictions.size();
		expectedError = total == 0 ? 0 : gap / total;
	}

	public List<Bin> bins() {
		return bins;
	}

	public int total() {
		return total;
	}

	/** The support-weighted mean of |mean confidence - accuracy| over the bins. */
	public double expectedCalibrationError() {
		return expectedError;
	}
}
