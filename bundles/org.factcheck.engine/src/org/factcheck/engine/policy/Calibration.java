package org.factcheck.engine.policy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;

/**
 * Maps the confidence a checker reports to how often findings of its kind were right on the
 * development data, so that of the findings shown with confidence c about c are right. One
 * monotone, piecewise-linear map per checker and verdict ({@code data/calibration.txt}, fitted by
 * {@code releng/eval/calibrate.py} with isotonic regression); findings of other checkers keep their
 * confidence. The verdict policy decides on the checkers' own confidences and reports calibrated
 * ones. The system property {@code factcheck.calibration=off} reports the checkers' own
 * confidences, which is what the fitting script measures.
 */
public final class Calibration {

	private static final String RESOURCE = "/data/calibration.txt";

	/** Points (raw, calibrated) in increasing raw order. */
	private record Curve(double[] raw, double[] calibrated) {

		double apply(double value) {
			if (value <= raw[0]) {
				return calibrated[0];
			}
			for (int i = 1; i < raw.length; i++) {
				if (value <= raw[i]) {
					double share = (value - raw[i - 1]) / (raw[i] - raw[i - 1]);
					return calibrated[i - 1] + share * (calibrated[i] - calibrated[i - 1]);
				}
			}
			return calibrated[calibrated.length - 1];
		}
	}

	private static final Calibration IDENTITY = new Calibration(Map.of());

	private final Map<String, Curve> curves;

	private Calibration(Map<String, Curve> curves) {
		this.curves = Map.copyOf(curves);
	}

	private static final class Holder {
		static final Calibration DEFAULT = "off".equals(System.getProperty("factcheck.calibration")) ? IDENTITY
				: read(Calibration.class.getResourceAsStream(RESOURCE));
	}

	/** The calibration fitted on the development data, shipped with the engine. */
	public static Calibration fitted() {
		return Holder.DEFAULT;
	}

	/** No calibration: every finding keeps its confidence. */
	public static Calibration identity() {
		return IDENTITY;
	}

	/**
	 * Reads lines {@code checkerId | verdict | raw:calibrated raw:calibrated …}; {@code #} starts a
	 * comment. Points must increase in both values.
	 */
	public static Calibration read(InputStream in) {
		if (in == null) {
			throw new IllegalStateException("calibration table " + RESOURCE + " is missing from bundle org.factcheck.engine");
		}
		Map<String, Curve> curves = new HashMap<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			int number = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				number++;
				String trimmed = line.strip();
				if (trimmed.isEmpty() || trimmed.startsWith("#")) {
					continue;
				}
				String[] cells = trimmed.split("\\|");
				if (cells.length != 3) {
					throw new IllegalStateException(RESOURCE + ":" + number + ": expected checker | verdict | points");
				}
				List<double[]> points = new ArrayList<>();
				for (String point : cells[2].strip().split("\\s+")) {
					String[] pair = point.split(":");
					points.add(new double[] { Double.parseDouble(pair[0]), Double.parseDouble(pair[1]) });
				}
				double[] raw = points.stream().mapToDouble(p -> p[0]).toArray();
				double[] calibrated = points.stream().mapToDouble(p -> p[1]).toArray();
				for (int i = 1; i < raw.length; i++) {
					if (raw[i] <= raw[i - 1] || calibrated[i] < calibrated[i - 1]) {
						throw new IllegalStateException(RESOURCE + ":" + number + ": points must increase");
					}
				}
				curves.put(key(cells[0].strip(), Verdict.fromLabel(cells[1])), new Curve(raw, calibrated));
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read " + RESOURCE, e);
		}
		return new Calibration(curves);
	}

	private static String key(String checkerId, Verdict verdict) {
		return checkerId + '|' + verdict.label();
	}

	/** The confidence the finding's kind earns at its reported confidence. */
	public double confidence(Finding finding) {
		Curve curve = curves.get(key(finding.checkerId(), finding.verdict()));
		return curve == null ? finding.confidence() : Math.max(0, Math.min(1, curve.apply(finding.confidence())));
	}

	/** The finding with its calibrated confidence. */
	public Finding apply(Finding finding) {
		double calibrated = confidence(finding);
		return calibrated == finding.confidence() ? finding
				: new Finding(finding.checkerId(), finding.kind(), finding.verdict(), calibrated, finding.message(),
						finding.evidence());
	}
}
