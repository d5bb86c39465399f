package org.factcheck.cli.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.factcheck.checker.Verdict;

/**
 * Accuracy, per-class precision/recall/F1, macro-F1, confusion matrix and per-category accuracy of
 * predicted against labelled verdicts.
 */
public final class EvalMetrics {

	/** One labelled claim and what the product said. */
	public record Outcome(String id, String category, Verdict gold, Verdict predicted) {
		public boolean correct() {
			return gold == predicted;
		}
	}

	public record ClassScores(double precision, double recall, double f1, int support) {
	}

	public record CategoryScore(int correct, int total) {
		public double accuracy() {
			return total == 0 ? 0 : (double) correct / total;
		}
	}

	private final List<Outcome> outcomes;

	public EvalMetrics(List<Outcome> outcomes) {
		this.outcomes = List.copyOf(outcomes);
	}

	public int total() {
		return outcomes.size();
	}

	public int correct() {
		return (int) outcomes.stream().filter(Outcome::correct).count();
	}

	public double accuracy() {
		return outcomes.isEmpty() ? 0 : (double) correct() / total();
	}

	/** {@code confusion().get(gold).get(predicted)} counts claims labelled gold and predicted so. */
	public Map<Verdict, Map<Verdict, Integer>> confusion() {
		Map<Verdict, Map<Verdict, Integer>> matrix = new EnumMap<>(Verdict.class);
		for (Verdict gold : Verdict.values()) {
			Map<Verdict, Integer> row = new EnumMap<>(Verdict.class);
			for (Verdict predicted : Verdict.values()) {
				row.put(predicted, 0);
			}
			matrix.put(gold, row);
		}
		outcomes.forEach(o -> matrix.get(o.gold()).merge(o.predicted(), 1, Integer::sum));
		return matrix;
	}

	public Map<Verdict, ClassScores> perClass() {
		Map<Verdict, ClassScores> scores = new EnumMap<>(Verdict.class);
		for (Verdict verdict : Verdict.values()) {
			long truePositives = outcomes.stream().filter(o -> o.gold() == verdict && o.predicted() == verdict).count();
			long predicted = outcomes.stream().filter(o -> o.predicted() == verdict).count();
			long actual = outcomes.stream().filter(o -> o.gold() == verdict).count();
			double precision = predicted == 0 ? 0 : (double) truePositives / predicted;
			double recall = actual == 0 ? 0 : (double) truePositives / actual;
			double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
			scores.put(verdict, new ClassScores(precision, recall, f1, (int) actual));
		}
		return scores;
	}

	/** Mean F1 over the verdicts that occur in the labels or the predictions. */
	public double macroF1() {
		List<Double> f1s = new ArrayList<>();
		perClass().forEach((verdict, scores) -> {
			boolean occurs = outcomes.stream().anyMatch(o -> o.gold() == verdict || o.predicted() == verdict);
			if (occurs) {
				f1s.add(scores.f1());
			}
		});
		return f1s.stream().mapToDouble(Double::doubleValue).average().orElse(0);
	}

	public Map<String, CategoryScore> perCategory() {
		Map<String, CategoryScore> scores = new TreeMap<>();
		for (Outcome outcome : outcomes) {
			scores.merge(outcome.category(), new CategoryScore(outcome.correct() ? 1 : 0, 1),
					(a, b) -> new CategoryScore(a.correct() + b.correct(), a.total() + b.total()));
		}
		return scores;
	}
}
