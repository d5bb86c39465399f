package org.factcheck.checkers.hedges;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.text.data.DataFile;
import org.factcheck.text.tokens.Token;

/**
 * Finds the hedges of an analysed sentence with the tokens each governs. The phrases come from
 * {@code data/hedges.txt}; reported speech with a modal (sollen … entsandt worden sein, soll …
 * gesagt haben) is recognised by its grammar. The sentence is cut into segments at commas, dashes,
 * colons and semicolons. A hedge governs its segment and the clauses that follow it with a
 * conjunction (es wird angenommen, dass …; …, sodass …) — not relative clauses, not clauses that
 * contrast (obwohl, aber) or join without a conjunction. A hedge added after a comma (…, vermutlich
 * von X) governs only that phrase, as does a doubting adjective (der mutmaßliche Täter) its noun and
 * "gilt als" what follows it; a trailing attribution (…, heißt es) governs what precedes it.
 */
final class HedgeFinder {

	/** A phrase of data/hedges.txt: its kind and words, "..." standing for a source's name. */
	private record Phrase(Hedge.Kind kind, List<String> words) {
	}

	private static final String GAP = "...";
	private static final int GAP_WORDS = 6;

	private static final List<Phrase> PHRASES = DataFile.table(HedgeFinder.class, "data/hedges.txt", 2).stream()
			.map(row -> new Phrase(Hedge.Kind.of(row[0]), List.of(row[1].toLowerCase(Locale.GERMAN).split("\\s+"))))
			.toList();

	/**
	 * Conjunctions that start a clause depending on the one before it (dass, weil, sodass, um … zu):
	 * a hedge reaches into such clauses. It does not reach into relative clauses, which describe a
	 * noun rather than continue the statement, nor into clauses joined without a conjunction.
	 */
	private static final Set<String> CONJUNCTIONS = Set.of("dass", "ob", "sodass", "um", "damit", "weil", "da", "wenn",
			"falls", "nachdem", "indem", "bevor", "seit", "seitdem", "sobald", "solange", "warum", "wieso", "weshalb");

	/** Punctuation that separates the segments of a sentence. */
	private static final Set<String> SEPARATORS = Set.of(",", ";", ":", "–", "(", ")");

	/** Modals that report hearsay with a perfect infinitive (sollen … worden sein) or a self-claim (wollen … haben). */
	private static final Set<String> REPORTING_MODALS = Set.of("soll", "sollen", "sollst", "will", "wollen");

	private static final Set<String> PERFECT_AUXILIARIES = Set.of("sein", "haben");

	/** Attributions that follow what they attribute (…, heißt es in dem Bericht.). */
	private static final Set<String> TRAILING = Set.of("heißt", "hieß");

	private final AnalyzedText text;
	private final List<String> words;
	/** For each token, the segment it belongs to; segments are separated by commas, dashes and the like. */
	private final int[] segmentOf;
	private final List<int[]> segments = new ArrayList<>();

	private HedgeFinder(AnalyzedText text) {
		this.text = text;
		this.words = text.tokens().stream().map(t -> t.text().toLowerCase(Locale.GERMAN)).toList();
		this.segmentOf = new int[words.size()];
		segment();
	}

	static List<Hedge> find(AnalyzedText text) {
		return new HedgeFinder(text).hedges();
	}

	private void segment() {
		int first = 0;
		for (int i = 0; i < words.size(); i++) {
			if (SEPARATORS.contains(words.get(i)) && !isNumberContext(i)) {
				if (i > first) {
					segments.add(new int[] { first, i - 1 });
				}
				first = i + 1;
			}
			segmentOf[i] = segments.size();
		}
		if (first < words.size()) {
			segments.add(new int[] { first, words.size() - 1 });
		}
		for (int i = 0; i < words.size(); i++) {
			segmentOf[i] = Math.min(segmentOf[i], segments.size() - 1);
		}
	}

	private boolean isNumberContext(int i) {
		return i > 0 && i + 1 < words.size() && Character.isDigit(words.get(i - 1).charAt(0))
				&& Character.isDigit(words.get(i + 1).charAt(0));
	}

	/** The last token a hedge in this segment reaches: its segment and the dependent clauses that follow. */
	private int reach(int segment) {
		int last = segment;
		while (last + 1 < segments.size() && CONJUNCTIONS.contains(words.get(segments.get(last + 1)[0]))) {
			last++;
		}
		return segments.get(last)[1];
	}

	private List<Hedge> hedges() {
		List<Hedge> hedges = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			for (Phrase phrase : PHRASES) {
				int[] match = match(phrase.words(), i);
				if (match != null && plausible(phrase, i)) {
					hedges.add(hedge(phrase.kind(), match[0], match[1]));
				}
			}
		}
		reportedSpeech(hedges);
		return outermost(hedges);
	}

	/** Drops hedges that lie within another (wird angenommen within es wird angenommen). */
	private static List<Hedge> outermost(List<Hedge> hedges) {
		List<Hedge> kept = new ArrayList<>();
		for (Hedge hedge : hedges) {
			boolean inner = hedges.stream().anyMatch(other -> other != hedge && other.start() <= hedge.start()
					&& hedge.end() <= other.end() && (other.end() - other.start() > hedge.end() - hedge.start()
							|| hedges.indexOf(other) < hedges.indexOf(hedge)));
			if (!inner) {
				kept.add(hedge);
			}
		}
		return kept;
	}

	/**
	 * Where the phrase matches at token {@code at}: its first and last token, or null. A gap stands
	 * for a source's name: a noun phrase after "laut" (laut dem UN-Flüchtlingshochkommissariat
	 * UNHCR), before "zufolge" (den Berichten zufolge), or up to six words between two words of the
	 * phrase (wie die Zeitung berichtet).
	 */
	private int[] match(List<String> phrase, int at) {
		if (phrase.get(0).equals(GAP)) {
			if (phrase.size() < 2 || !matches(phrase.get(1), words.get(at))) {
				return null;
			}
			int first = nounPhraseBefore(at);
			int[] rest = first < at ? match(phrase.subList(1, phrase.size()), at) : null;
			return rest == null ? null : new int[] { first, rest[1] };
		}
		int position = at;
		for (int p = 0; p < phrase.size(); p++) {
			String expected = phrase.get(p);
			if (expected.equals(GAP)) {
				String following = p + 1 < phrase.size() ? phrase.get(p + 1) : null;
				int gapStart = position;
				if (following == null) {
					position = nounPhraseFrom(position);
				} else {
					int limit = Math.min(words.size(), position + GAP_WORDS);
					while (position < limit && !matches(following, words.get(position)) && isNameWord(position)) {
						position++;
					}
					if (position >= words.size() || !matches(following, words.get(position))) {
						return null;
					}
				}
				if (position == gapStart) {
					return null;
				}
				continue;
			}
			if (position >= words.size() || !matches(expected, words.get(position))) {
				return null;
			}
			position++;
		}
		return new int[] { at, position - 1 };
	}

	/**
	 * The token after a noun phrase starting at {@code from}: articles and adjectives, nouns and
	 * names, a name of several words (New York Times), a genitive (Angaben der Polizei).
	 */
	private int nounPhraseFrom(int from) {
		int i = from;
		boolean noun = false;
		while (i < words.size() && i < from + GAP_WORDS) {
			String tag = text.tags().get(i);
			boolean nounLike = tag.equals("NOUN") || tag.equals("PROPN");
			if (noun && !nounLike && !(Set.of("der", "des").contains(words.get(i)) && i + 1 < words.size())) {
				break;
			}
			if (!nounLike && !tag.equals("DET") && !tag.equals("ADJ") && !tag.equals("NUM")) {
				break;
			}
			noun |= nounLike;
			i++;
		}
		return noun ? i : from;
	}

	/** The first token of the noun phrase that ends just before {@code at} (den Berichten zufolge), or {@code at}. */
	private int nounPhraseBefore(int at) {
		int i = at - 1;
		boolean noun = false;
		while (i >= 0 && i >= at - GAP_WORDS) {
			String tag = text.tags().get(i);
			if (tag.equals("DET")) {
				return noun ? i : at;
			}
			if (!tag.equals("NOUN") && !tag.equals("PROPN") && !tag.equals("ADJ") && !tag.equals("NUM")) {
				break;
			}
			noun |= tag.equals("NOUN") || tag.equals("PROPN");
			i--;
		}
		return noun ? i + 1 : at;
	}

	/** A phrase word; one starting with * matches words ending with the rest (nach *angaben: nach Armeeangaben). */
	private static boolean matches(String expected, String word) {
		return expected.startsWith("*") ? word.endsWith(expected.substring(1)) && word.length() > expected.length()
				: word.equals(expected);
	}

	/** A word that can be part of the name of a source: not punctuation, not a verb. */
	private boolean isNameWord(int token) {
		String tag = text.tags().get(token);
		String word = words.get(token);
		return Character.isLetterOrDigit(word.charAt(0)) && !tag.equals("VERB") && !tag.equals("AUX")
				&& !tag.equals("SCONJ") && !tag.equals("CCONJ") && !tag.equals("PUNCT");
	}

	/**
	 * Filters readings the words do not have here: "laut" as an adjective (laut rufen), a
	 * lower-case hedge written capitalised inside a sentence (das Wohl, eine Vermutung).
	 */
	private boolean plausible(Phrase phrase, int at) {
		String first = phrase.words().get(0);
		if (first.equals("laut")) {
			return "ADP".equals(text.tags().get(at));
		}
		if (first.equals(GAP)) {
			return true;
		}
		String written = text.tokens().get(at).text();
		return at == 0 || !Character.isUpperCase(written.charAt(0)) || Character.isUpperCase(phrase.words().get(0).charAt(0));
	}

	private Hedge hedge(Hedge.Kind kind, int first, int last) {
		Token start = text.tokens().get(first);
		Token end = text.tokens().get(last);
		String written = text.text().substring(start.start(), end.end());
		int segment = segmentOf[first];
		boolean opensSegment = segments.get(segment)[0] == first;
		if (kind == Hedge.Kind.ALLEGED) {
			int noun = nounPhraseEnd(last + 1);
			int phraseEnd = Math.max(end.end(), text.tokens().get(noun).end());
			return new Hedge(kind, start.start(), phraseEnd, text.text().substring(start.start(), phraseEnd), last + 1, noun,
					true);
		}
		if (kind == Hedge.Kind.CONSIDERED) {
			return new Hedge(kind, start.start(), end.end(), written, last + 1, segments.get(segment)[1], true);
		}
		if (opensSegment && segment > 0 && TRAILING.contains(words.get(first))) {
			return new Hedge(kind, start.start(), end.end(), written, 0, segments.get(segment)[1], false);
		}
		if (opensSegment && segment > 0) {
			return new Hedge(kind, start.start(), end.end(), written, first, segments.get(segment)[1], true);
		}
		return new Hedge(kind, start.start(), end.end(), written, segments.get(segment)[0], reach(segment), false);
	}

	private int nounPhraseEnd(int from) {
		for (int i = from; i < Math.min(words.size(), from + 4); i++) {
			String tag = text.tags().get(i);
			if (tag.equals("NOUN") || tag.equals("PROPN")) {
				return i;
			}
		}
		return from;
	}

	/** sollen/wollen with a perfect infinitive at the end of its clause: sollen … entsandt worden sein. */
	private void reportedSpeech(List<Hedge> hedges) {
		for (int i = 0; i < words.size(); i++) {
			if (!REPORTING_MODALS.contains(words.get(i))) {
				continue;
			}
			int last = lastWord(segments.get(segmentOf[i])[1]);
			if (last <= i + 1 || !PERFECT_AUXILIARIES.contains(words.get(last))) {
				continue;
			}
			int participle = words.get(last - 1).equals("worden") || words.get(last - 1).equals("gewesen") ? last - 2 : last - 1;
			if (participle <= i || !isParticiple(participle)) {
				continue;
			}
			Token modal = text.tokens().get(i);
			Token participleToken = text.tokens().get(participle);
			Token end = text.tokens().get(last);
			String written = modal.text() + " \u2026 " + text.text().substring(participleToken.start(), end.end());
			int segment = segmentOf[i];
			hedges.add(new Hedge(Hedge.Kind.REPORTED, modal.start(), end.end(), written, segments.get(segment)[0],
					reach(segment), false));
		}
	}

	private boolean isParticiple(int token) {
		String tag = text.tags().get(token);
		String word = words.get(token);
		return (tag.equals("VERB") || tag.equals("AUX") || tag.equals("ADJ")) && (word.endsWith("t") || word.endsWith("en"));
	}

	/** The last token of the clause that is a word. */
	private int lastWord(int clauseLast) {
		int i = clauseLast;
		while (i >= 0 && !Character.isLetterOrDigit(words.get(i).charAt(0))) {
			i--;
		}
		return i;
	}
}
