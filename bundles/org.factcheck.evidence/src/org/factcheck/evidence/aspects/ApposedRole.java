package org.factcheck.evidence.aspects;

import java.util.Optional;
import java.util.stream.IntStream;

import org.factcheck.evidence.AlignedSentence;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Copulas;
import org.factcheck.evidence.terms.Specifics;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * A role the sentence gives a person in an apposition ({@code nach Einschätzung von Eva Muster,
 * Leiterin des Stadtarchivs, begann der Umbau 2019}) is the role the person holds when the report
 * is written: a year elsewhere in the sentence dates another statement, so it does not say since
 * or in which year the person held the role ({@code Eva Muster ist seit 2019 Leiterin des
 * Stadtarchivs}).
 */
public final class ApposedRole {

	private ApposedRole() {
	}

	/**
	 * Whether the claim gives a role after a copula with a {@code year}, and the sentence gives
	 * that role in an apposition after a name and the year outside it.
	 */
	public static boolean datesAnother(AnalyzedText claim, AlignedSentence sentence, Term year) {
		if (!Specifics.isYear(year)) {
			return false;
		}
		Optional<Term> role = role(claim);
		if (role.isEmpty()) {
			return false;
		}
		Optional<Integer> roleAt = realisedAt(sentence, role.get());
		Optional<Integer> yearAt = realisedAt(sentence, year);
		if (roleAt.isEmpty() || yearAt.isEmpty()) {
			return false;
		}
		AnalyzedText said = sentence.analysis();
		int start = ClauseBoundary.stretchStart(said, roleAt.get());
		int end = ClauseBoundary.stretchEnd(said, roleAt.get());
		if (yearAt.get() >= start && yearAt.get() <= end) {
			return false;
		}
		return start >= 2 && said.tokens().get(start - 1).text().equals(",") && said.tags().get(start - 2).equals("PROPN")
				&& IntStream.rangeClosed(start, end).noneMatch(i -> said.tags().get(i).equals("VERB") || said.tags().get(i).equals("AUX"));
	}

	/** The first noun after a copula of being: the role the claim gives its subject. */
	private static Optional<Term> role(AnalyzedText claim) {
		int copula = IntStream.range(0, claim.tokens().size()).filter(i -> Copulas.ofBeing(claim.tokens().get(i).text()))
				.findFirst().orElse(-1);
		if (copula < 0) {
			return Optional.empty();
		}
		return claim.terms().stream().filter(t -> t.index() > copula && t.kind() == TermKind.NOUN).findFirst();
	}

	private static Optional<Integer> realisedAt(AlignedSentence sentence, Term claimTerm) {
		return sentence.alignment().matches().stream()
				.filter(m -> m.claimTerm() == claimTerm && m.realisedInSentence())
				.map(TermMatch::sentenceTerm).map(Term::index).findFirst();
	}
}
