package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.factcheck.evidence.AlignedSentence;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * A sentence that realises a noun of the claim only as what held earlier (der ehemalige
 * Kanzleramtschef Pofalla, dem früheren Fifa-Vizepräsidenten Warner, Ex-Präsident) does not state
 * a claim that the person holds it (Pofalla ist Kanzleramtschef): a role held earlier is not the
 * role held now. A claim that itself speaks of the past (war, ehemalig, früher, damals) is
 * not concerned.
 */
public final class EarlierState {

	private static final Pattern FORMER = Pattern.compile("(ehemalig|früher|einstig|damalig|vormalig)(e|en|er|es|em)");

	/** Words by which a claim places its statement in the past. */
	private static final Pattern PAST = Pattern.compile(
			"war|waren|warst|wart|gewesen|ehemals|einst|einstmals|damals|früher|vormals|zuvor|(ehemalig|früher|einstig|damalig|vormalig)\\w*");

	/** How many words (adjectives, articles) may stand between the marker and its noun. */
	private static final int REACH = 3;

	private EarlierState() {
	}

	/** Whether the sentence realises one of the claim's nouns only as what held earlier. */
	public static boolean onlyEarlier(AnalyzedText claim, AlignedSentence sentence) {
		if (claim.tokens().stream().anyMatch(token -> PAST.matcher(token.text().toLowerCase(Locale.GERMAN)).matches())) {
			return false;
		}
		AnalyzedText analysis = sentence.analysis();
		for (TermMatch match : sentence.alignment().matches()) {
			Term said = match.sentenceTerm();
			if (match.matched() && said != null && match.claimTerm().kind() != TermKind.NAME
					&& (said.kind() == TermKind.NOUN || said.kind() == TermKind.NAME) && markedEarlier(analysis, said)) {
				return true;
			}
		}
		return false;
	}

	private static boolean markedEarlier(AnalyzedText analysis, Term noun) {
		if (noun.text().startsWith("Ex-")) {
			return true;
		}
		List<String> tags = analysis.tags();
		for (int i = noun.index() - 1; i >= 0 && i >= noun.index() - REACH; i--) {
			String tag = tags.get(i);
			if (tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("PUNCT") || tag.equals("VERB")) {
				return false;
			}
			if (FORMER.matcher(analysis.tokens().get(i).text().toLowerCase(Locale.GERMAN)).matches()) {
				return true;
			}
		}
		return false;
	}
}
