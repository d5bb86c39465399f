package org.factcheck.evidence.aspects;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;
import org.factcheck.text.numbers.Quantity;

/**
 * Figures a sentence lists each with its own name: in {@code 27 zur AKP, 51 zur Mitte-Links-Partei
 * CHP und neun zur MHP} the 51 is the CHP's; a figure with no name after it is the item's whose
 * name stands before it ({@code das Wifo mit 1,4 Prozent, das IHS mit 1,6 Prozent}: the 1,6 is the IHS's). Where such a list gives one of its figures to a name of
 * the claim, that figure is the one to compare the claim's with, not the same value given to another
 * name of the list. A figure alone in brackets is given to the word before the bracket, a name or
 * not ({@code Gewerbetreibende (54,3 Prozent) und Bauern (86,1 Prozent)}: the 86,1 is the Bauern's).
 */
public final class ListedFigures {

	/** How many words after a figure may stand before the name it is listed with. */
	private static final int NAME_REACH = 3;

	private ListedFigures() {
	}

	/**
	 * The {@code candidates} listed with a name of the claim, where another candidate is listed with
	 * a name the claim does not have; all {@code candidates} otherwise.
	 */
	public static List<Quantity> ofTheClaimsName(AnalyzedText claim, AnalyzedText sentence, List<Quantity> candidates) {
		if (candidates.size() < 2) {
			return candidates;
		}
		List<Term> claimNames = claim.terms().stream().filter(term -> term.kind() == TermKind.NAME).toList();
		List<Term> claimWords = claim.terms().stream().filter(term -> term.kind() != TermKind.NUMBER).toList();
		if (claimWords.isEmpty()) {
			return candidates;
		}
		List<Quantity> ofClaimsName = new ArrayList<>();
		boolean anotherListed = false;
		for (Quantity candidate : candidates) {
			Optional<Term> item = bracketedAfter(sentence, candidate);
			List<Term> after = item.isPresent() ? List.of() : namesAfter(sentence, candidate);
			List<Term> names = item.map(List::of).orElseGet(() -> after.isEmpty() ? namesBefore(sentence, candidate, candidates) : after);
			List<Term> wanted = item.isPresent() ? claimWords : claimNames;
			if (names.stream().anyMatch(name -> named(wanted, name))) {
				ofClaimsName.add(candidate);
			} else if (!names.isEmpty()) {
				anotherListed = true;
			}
		}
		return !ofClaimsName.isEmpty() && anotherListed ? ofClaimsName : candidates;
	}

	private static boolean named(List<Term> claimNames, Term name) {
		return claimNames.stream().anyMatch(claimName -> Aligner.sameKey(claimName.key(), name.key()));
	}

	/**
	 * The word a figure alone in brackets is given to: the one right before the bracket ({@code bei
	 * Gewerbetreibenden (54,3 Prozent) und Bauern (86,1 Prozent)}); empty if the figure is not so
	 * bracketed.
	 */
	private static Optional<Term> bracketedAfter(AnalyzedText sentence, Quantity figure) {
		String text = sentence.text();
		int open = figure.start() - 1;
		while (open >= 0 && Character.isWhitespace(text.charAt(open))) {
			open--;
		}
		int close = figure.end();
		while (close < text.length() && Character.isWhitespace(text.charAt(close))) {
			close++;
		}
		if (open < 1 || text.charAt(open) != '(' || close >= text.length() || text.charAt(close) != ')') {
			return Optional.empty();
		}
		for (int i = sentence.tokens().size() - 1; i >= 0; i--) {
			if (sentence.tokens().get(i).end() <= open) {
				return sentence.termAt(i).filter(term -> term.kind() != TermKind.NUMBER);
			}
		}
		return Optional.empty();
	}

	/**
	 * The names between the figure and the punctuation or other figure before it: the name of an item
	 * that gives its figure last ({@code das Wifo rechnete mit 1,4 Prozent, das IHS mit 1,6 Prozent}).
	 */
	private static List<Term> namesBefore(AnalyzedText sentence, Quantity figure, List<Quantity> figures) {
		int from = figures.stream().mapToInt(Quantity::end).filter(end -> end <= figure.start()).max().orElse(0);
		List<Term> names = new ArrayList<>();
		for (int i = sentence.tokens().size() - 1; i >= 0; i--) {
			int start = sentence.tokens().get(i).start();
			if (start >= figure.start()) {
				continue;
			}
			if (start < from || sentence.tags().get(i).equals("PUNCT")) {
				break;
			}
			sentence.termAt(i).filter(term -> term.kind() == TermKind.NAME).ifPresent(names::add);
		}
		return names;
	}

	/**
	 * The name right after the figure, of one word or several (zur AKP, zur Mitte-Links-Partei CHP),
	 * before any punctuation or number; empty if there is none.
	 */
	private static List<Term> namesAfter(AnalyzedText sentence, Quantity figure) {
		List<Term> names = new ArrayList<>();
		int words = 0;
		for (int i = 0; i < sentence.tokens().size(); i++) {
			if (sentence.tokens().get(i).start() < figure.end()) {
				continue;
			}
			String tag = sentence.tags().get(i);
			if (tag.equals("PUNCT") || tag.equals("NUM") || ++words > NAME_REACH + names.size()) {
				break;
			}
			Optional<Term> term = sentence.termAt(i);
			if (term.isPresent() && term.get().kind() == TermKind.NAME) {
				names.add(term.get());
			} else if (!names.isEmpty()) {
				break;
			}
		}
		return names;
	}
}
