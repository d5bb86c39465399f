package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 * not concerned. Nor does a sentence state the claim that gives its word only as what something
 * changes from (wechselt von Chrome OS auf Android: {@link #onlyChangedFrom}).
 */
public final class EarlierState {

	private static final Pattern FORMER = Pattern.compile("(ehemalig|früher|einstig|damalig|vormalig)(e|en|er|es|em)");

	/** Words by which a claim places its statement in the past. */
	private static final Pattern PAST = Pattern.compile(
			"war|waren|warst|wart|gewesen|ehemals|einst|einstmals|damals|früher|vormals|zuvor|(ehemalig|früher|einstig|damalig|vormalig)\\w*");

	/** Forms of the verbs of switching from one thing to another (wechseln, umsteigen, umstellen); not of rising (stieg von … auf). */
	private static final Pattern CHANGE = Pattern.compile("(ge)?wechsel\\w*|wechsl\\w*|umgestiegen|umgestellt|umsteig\\w*|umstell\\w*|umzustellen|umzusteigen");

	/** What introduces the new state after the old one (von Chrome OS auf Android). */
	private static final Set<String> NEW_STATE = Set.of("auf", "zu", "zum", "zur", "nach", "in");

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

	/**
	 * Whether the sentence gives one of the claim's words only as what something changes from (wechselt
	 * beim Betriebssystem von Chrome OS auf Android): after von, with a verb of switching and the new
	 * state after auf, zu, nach or in. A claim that itself says von before the word is not concerned.
	 */
	public static boolean onlyChangedFrom(AnalyzedText claim, AlignedSentence sentence) {
		AnalyzedText analysis = sentence.analysis();
		if (analysis.lowerCaseWords().stream().noneMatch(word -> CHANGE.matcher(word).matches())) {
			return false;
		}
		for (TermMatch match : sentence.alignment().matches()) {
			if (match.realisedInSentence() && match.claimTerm().kind() != TermKind.NUMBER && !after(claim, match.claimTerm().index(), "von")
					&& changedFrom(analysis, match.sentenceTerm().index())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the preposition stands before the word, only articles, adjectives or the first word of
	 * its name between (von Chrome OS).
	 */
	private static boolean after(AnalyzedText text, int token, String preposition) {
		for (int i = token - 1; i >= 0 && i >= token - REACH; i--) {
			if (text.lowerCaseWords().get(i).equals(preposition)) {
				return true;
			}
			String tag = text.tags().get(i);
			if (!(tag.startsWith("DET") || tag.equals("ADJ") || tag.equals("PROPN") && i == token - 1)) {
				return false;
			}
		}
		return false;
	}

	private static boolean changedFrom(AnalyzedText analysis, int token) {
		if (!after(analysis, token, "von")) {
			return false;
		}
		List<String> words = analysis.lowerCaseWords();
		for (int i = token + 1; i < words.size() && i <= token + REACH + 1; i++) {
			if (NEW_STATE.contains(words.get(i))) {
				return true;
			}
			if (analysis.tags().get(i).equals("PUNCT") || analysis.tags().get(i).equals("VERB")) {
				return false;
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
