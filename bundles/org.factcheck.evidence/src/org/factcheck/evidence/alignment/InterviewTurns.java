package org.factcheck.evidence.alignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * The turns of an interview printed as questions and answers ({@code STANDARD: Wo wollen Sie hin?
 * Baumgartner: Das definieren wir gerade.}): a document whose sentences open with a label and a
 * colon, one label (the interviewer's) at least twice and one that the lead before the first turn
 * names (the interviewee's surname). In an answer, {@code ich} is the interviewee (the name the lead
 * gives: Alexander Baumgartner) and {@code wir} the names of the lead that are not his (the
 * company or country he speaks for: Constantia Flexibles), so a claim's name the answer says so
 * counts as referred to. Found once per document.
 */
public final class InterviewTurns {

	/** A turn's label at the start of a sentence: one capitalised word and a colon. */
	private static final Pattern LABEL = Pattern.compile("(\\p{Lu}[\\p{L}-]+):\\s");

	/** A capitalised word of the lead. */
	private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}]+");

	private static final Set<String> FIRST_PERSON = Set.of("ich", "mich", "mir", "mein", "meine", "meinen", "meinem",
			"meiner", "meines");

	private static final Set<String> FIRST_PERSON_PLURAL = Set.of("wir", "uns", "unser", "unsere", "unseren", "unserem",
			"unserer", "unseres");

	/** No interview. */
	public static final InterviewTurns NONE = new InterviewTurns(new String[0], Map.of(), Set.of());

	/** For each evidence sentence, the interviewee's label if it belongs to an answer, else null. */
	private final String[] answeredBy;
	/** For each interviewee's label, the words of his name (Alexander, Baumgartner), lower case. */
	private final Map<String, Set<String>> interviewees;
	/** The capitalised words of the lead that name no interviewee, lower case. */
	private final Set<String> spokenFor;

	private InterviewTurns(String[] answeredBy, Map<String, Set<String>> interviewees, Set<String> spokenFor) {
		this.answeredBy = answeredBy;
		this.interviewees = interviewees;
		this.spokenFor = spokenFor;
	}

	/**
	 * @param text   the document's text
	 * @param starts the start offsets of its evidence sentences, in order
	 */
	public static InterviewTurns in(String text, int[] starts) {
		String[] labels = new String[starts.length];
		Map<String, Integer> counts = new HashMap<>();
		int firstTurn = -1;
		Matcher turn = LABEL.matcher(text);
		for (int i = 0; i < starts.length; i++) {
			if (turn.region(starts[i], text.length()).lookingAt()) {
				labels[i] = turn.group(1);
				counts.merge(labels[i], 1, Integer::sum);
				firstTurn = firstTurn < 0 ? starts[i] : firstTurn;
			}
		}
		if (firstTurn <= 0 || counts.size() < 2) {
			return NONE;
		}
		List<String> lead = new ArrayList<>();
		Matcher word = WORD.matcher(text.substring(0, firstTurn));
		while (word.find()) {
			lead.add(word.group());
		}
		Map<String, Set<String>> interviewees = new HashMap<>();
		boolean interviewer = false;
		for (Map.Entry<String, Integer> label : counts.entrySet()) {
			int at = lead.indexOf(label.getKey());
			if (at < 0) {
				interviewer |= label.getValue() >= 2;
				continue;
			}
			Set<String> name = new HashSet<>();
			name.add(label.getKey().toLowerCase(Locale.GERMAN));
			if (at > 0) {
				name.add(lead.get(at - 1).toLowerCase(Locale.GERMAN));
			}
			interviewees.put(label.getKey(), name);
		}
		if (!interviewer || interviewees.isEmpty()) {
			return NONE;
		}
		Set<String> names = new HashSet<>();
		interviewees.values().forEach(names::addAll);
		Set<String> spokenFor = new HashSet<>();
		lead.stream().map(w -> w.toLowerCase(Locale.GERMAN)).filter(w -> !names.contains(w)).forEach(spokenFor::add);
		String[] answeredBy = new String[starts.length];
		String speaker = null;
		for (int i = 0; i < starts.length; i++) {
			speaker = labels[i] != null ? labels[i] : speaker;
			answeredBy[i] = speaker != null && interviewees.containsKey(speaker) ? speaker : null;
		}
		return new InterviewTurns(answeredBy, Map.copyOf(interviewees), Set.copyOf(spokenFor));
	}

	/**
	 * @param position the sentence's position among its document's evidence sentences
	 * @return the claim's names the answer at {@code position} gives by ich (the interviewee's) or
	 *         wir (the lead's other names)
	 */
	public List<TermMatch> credit(Alignment alignment, AnalyzedText sentence, int position) {
		List<TermMatch> credited = new ArrayList<>();
		if (position < 0 || position >= answeredBy.length || answeredBy[position] == null) {
			return credited;
		}
		List<String> words = sentence.lowerCaseWords();
		boolean self = words.stream().anyMatch(FIRST_PERSON::contains);
		boolean group = words.stream().anyMatch(FIRST_PERSON_PLURAL::contains);
		Set<String> interviewee = interviewees.get(answeredBy[position]);
		for (TermMatch match : alignment.matches()) {
			Term name = match.claimTerm();
			if (name.kind() != TermKind.NAME || match.score() >= References.CREDIT) {
				continue;
			}
			String key = name.text().toLowerCase(Locale.GERMAN);
			if (self && interviewee.contains(key) || group && spokenFor.contains(key)) {
				credited.add(new TermMatch(name, References.CREDIT, null, true, TermMatch.How.REFERENCE));
			}
		}
		return credited;
	}
}
