package org.factcheck.evidence.alignment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.PersonNames;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * A person's first name that a sentence leaves out where it gives the surname alone ({@code
 * Jesenská schrieb …} for {@code Milena Jesenská}), in a document that names the person in full:
 * news names a person in full once and by the surname after. The first name counts as referred to
 * ({@link References#CREDIT}). Not where a name stands right before the surname in the sentence
 * ({@code Bill Clinton} for {@code Hillary Clinton}), nor for a name that is not a person's. The
 * claim's words right before the first name count too where the document writes them right before
 * the full name: the title it introduces the person with ({@code der französische Premier Manuel
 * Valls} … {@code Valls stellte klar}).
 */
public final class SurnameAlone {

	private static final int MAX_TITLE_WORDS = 3;

	private SurnameAlone() {
	}

	/**
	 * @param document the text of the sentence's document
	 * @return the claim's first names to count as referred to
	 */
	public static List<TermMatch> credit(Alignment alignment, AnalyzedText sentence, String document) {
		List<TermMatch> credited = new ArrayList<>();
		List<TermMatch> matches = alignment.matches();
		List<Term> claimNames = null;
		for (int i = 0; i + 1 < matches.size(); i++) {
			Term first = matches.get(i).claimTerm();
			TermMatch surname = matches.get(i + 1);
			if (first.kind() != TermKind.NAME || matches.get(i).score() >= References.CREDIT
					|| surname.claimTerm().kind() != TermKind.NAME || surname.claimTerm().index() != first.index() + 1
					|| !surname.realisedInSentence()) {
				continue;
			}
			int at = surname.sentenceTerm().index();
			if (at > 0 && sentence.tags().get(at - 1).equals("PROPN")) {
				continue;
			}
			if (claimNames == null) {
				claimNames = matches.stream().map(TermMatch::claimTerm).toList();
			}
			if (PersonNames.isPerson(claimNames, surname.claimTerm()) && namesInFull(document, first, surname.claimTerm())) {
				credited.add(new TermMatch(first, References.CREDIT, null, true, TermMatch.How.REFERENCE));
				credited.addAll(title(matches, i, document, surname.claimTerm()));
			}
		}
		return credited;
	}

	private static List<TermMatch> title(List<TermMatch> matches, int firstAt, String document, Term surname) {
		int from = firstAt;
		while (from > 0 && firstAt - from < MAX_TITLE_WORDS
				&& matches.get(from - 1).claimTerm().index() == matches.get(from).claimTerm().index() - 1) {
			from--;
		}
		List<TermMatch> credited = new ArrayList<>();
		for (; from < firstAt; from++) {
			StringBuilder written = new StringBuilder("(?<!\\p{L})");
			for (int j = from; j <= firstAt; j++) {
				written.append(Pattern.quote(matches.get(j).claimTerm().text())).append("\\s+");
			}
			written.append(Pattern.quote(surname.text())).append("(?!\\p{L})");
			if (Pattern.compile(written.toString()).matcher(document).find()) {
				for (int j = from; j < firstAt; j++) {
					if (matches.get(j).score() < References.CREDIT) {
						credited.add(new TermMatch(matches.get(j).claimTerm(), References.CREDIT, null, true, TermMatch.How.REFERENCE));
					}
				}
				break;
			}
		}
		return credited;
	}

	private static boolean namesInFull(String document, Term first, Term surname) {
		return Pattern.compile("(?<!\\p{L})" + Pattern.quote(first.text()) + "\\s+" + Pattern.quote(surname.text()) + "(?!\\p{L})")
				.matcher(document).find();
	}
}
