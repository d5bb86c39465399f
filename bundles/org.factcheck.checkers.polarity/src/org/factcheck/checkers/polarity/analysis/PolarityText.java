package org.factcheck.checkers.polarity.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.factcheck.checkers.polarity.clauses.Clause;
import org.factcheck.checkers.polarity.clauses.ClauseSplitter;
import org.factcheck.checkers.polarity.clauses.ReasonQuestion;
import org.factcheck.checkers.polarity.lexicon.Antonyms;
import org.factcheck.checkers.polarity.lexicon.Pole;
import org.factcheck.checkers.polarity.lexicon.VerbForms;
import org.factcheck.checkers.polarity.lexicon.Word;
import org.factcheck.evidence.aspects.RefusedAct;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.WordKeys;

/**
 * A claim or sentence analysed for polarity: its words with lemmas and verb forms (a separated
 * particle joined to its verb), its clauses, the negation of each clause and the words of the
 * antonym lexicon in each clause. Built on the evidence library's analysis (tokens, tags, lemmas),
 * which it does not repeat.
 */
public final class PolarityText {

	private static final Set<String> AUXILIARIES = Set.of("sein", "haben", "werden", "können", "müssen", "dürfen",
			"sollen", "wollen", "mögen", "möchten");
	/** Modal verbs that make a statement one of ability, necessity, permission, wish or hearsay rather than fact. */
	private static final Set<String> MODALS = Set.of("können", "müssen", "dürfen", "wollen", "sollen", "mögen",
			"möchten");

	private final AnalyzedText analysis;
	private final List<Word> words;
	private final List<Clause> clauses;
	private final List<ClauseNegation> negations;
	private final List<List<Pole>> poles;
	private final List<List<Pole>> incompatibles;
	private final Map<Integer, Term> terms = new HashMap<>();
	private final Set<Integer> auxiliaries = new LinkedHashSet<>();
	private final Map<Integer, String> modals = new HashMap<>();

	private PolarityText(AnalyzedText analysis) {
		this.analysis = analysis;
		analysis.terms().forEach(term -> terms.put(term.index(), term));
		this.clauses = ClauseSplitter.german().split(analysis.tokens(), analysis.tags());
		Map<Integer, String> particles = new HashMap<>();
		for (Clause clause : clauses) {
			if (clause.particle() >= 0) {
				particles.put(clause.verb(), analysis.tokens().get(clause.particle()).text().toLowerCase(Locale.GERMAN));
			}
		}
		List<Word> built = new ArrayList<>(analysis.tokens().size());
		for (int i = 0; i < analysis.tokens().size(); i++) {
			String lemma = analysis.lemmas().get(i);
			noteVerb(i, lemma);
			built.add(word(i, analysis, lemma, particles.get(i)));
		}
		this.words = List.copyOf(built);
		List<ClauseNegation> clauseNegations = new ArrayList<>();
		List<List<Pole>> clausePoles = new ArrayList<>();
		List<List<Pole>> clauseIncompatibles = new ArrayList<>();
		List<RefusedAct> refusals = RefusedAct.find(analysis);
		for (Clause clause : clauses) {
			ClauseNegation negation = ClauseNegation.of(clause, clauses, words, refusals);
			clauseNegations.add(negation);
			List<Word> lexical = lexicalWords(clause, negation);
			clausePoles.add(Antonyms.german().find(lexical));
			clauseIncompatibles.add(Antonyms.incompatible().find(lexical));
		}
		this.negations = List.copyOf(clauseNegations);
		this.poles = List.copyOf(clausePoles);
		this.incompatibles = List.copyOf(clauseIncompatibles);
	}

	private PolarityText(AnalyzedText analysis, List<Word> words, List<Clause> clauses, List<ClauseNegation> negations,
			List<List<Pole>> poles, List<List<Pole>> incompatibles) {
		this.analysis = analysis;
		analysis.terms().forEach(term -> terms.put(term.index(), term));
		for (int i = 0; i < analysis.lemmas().size(); i++) {
			noteVerb(i, analysis.lemmas().get(i));
		}
		this.words = List.copyOf(words);
		this.clauses = List.copyOf(clauses);
		this.negations = List.copyOf(negations);
		this.poles = List.copyOf(poles);
		this.incompatibles = List.copyOf(incompatibles);
	}

	public static PolarityText of(AnalyzedText analysis) {
		return new PolarityText(analysis);
	}

	/** The text of this analysis whose words, clauses, negations and lexicon entries were computed before. */
	static PolarityText of(AnalyzedText analysis, List<Word> words, List<Clause> clauses, List<ClauseNegation> negations,
			List<List<Pole>> poles, List<List<Pole>> incompatibles) {
		return new PolarityText(analysis, words, clauses, negations, poles, incompatibles);
	}

	private void noteVerb(int token, String lemma) {
		if (AUXILIARIES.contains(lemma)) {
			auxiliaries.add(token);
		}
		if (MODALS.contains(lemma)) {
			modals.put(token, lemma.equals("möchten") ? "mögen" : lemma);
		}
	}

	private Word word(int i, AnalyzedText analysis, String lemma, String particle) {
		String text = analysis.tokens().get(i).text();
		String tag = analysis.tags().get(i);
		Term term = terms.get(i);
		String key = term != null ? term.key() : WordKeys.key(text);
		String head = term != null ? term.parts().get(term.parts().size() - 1) : key;
		Set<String> forms = new LinkedHashSet<>();
		if (mayBeVerb(text, tag)) {
			forms.add(lemma);
			forms.addAll(VerbForms.german().infinitives(text));
		}
		if (particle != null) {
			Set<String> joined = new LinkedHashSet<>();
			forms.forEach(form -> joined.add(particle + form));
			forms = joined;
		}
		return new Word(i, text, tag, key, head, forms);
	}

	/**
	 * Verbs, adjectives (participles) and lower-case words the tagger may have mistaken for something
	 * else (rare verb forms such as dementierten; a verb tagged as a name or noun, which German writes
	 * with a capital: hasst).
	 */
	private static boolean mayBeVerb(String text, String tag) {
		return switch (tag) {
		case "VERB", "AUX", "ADJ" -> true;
		case "NOUN", "PROPN" -> text.length() > 3 && Character.isLowerCase(text.charAt(0));
		case "NUM", "PUNCT", "X", "SYM" -> false;
		default -> text.length() > 5 && Character.isLowerCase(text.charAt(0));
		};
	}

	/** The clause's words that may be lexicon entries: not the "mehr" of "nicht mehr". */
	private List<Word> lexicalWords(Clause clause, ClauseNegation negation) {
		List<Word> clauseWords = new ArrayList<>();
		for (int index : clause.tokens()) {
			Word word = words.get(index);
			boolean negatedMore = word.text().equalsIgnoreCase("mehr")
					&& negation.cues().stream().anyMatch(cue -> cue < index);
			if (!negatedMore) {
				clauseWords.add(word);
			}
		}
		return clauseWords;
	}

	public AnalyzedText analysis() {
		return analysis;
	}

	public String text() {
		return analysis.text();
	}

	public List<Word> words() {
		return words;
	}

	public List<Clause> clauses() {
		return clauses;
	}

	public ClauseNegation negation(Clause clause) {
		return negations.get(clause.index());
	}

	/** The antonym lexicon's words and phrases in the clause. */
	public List<Pole> poles(Clause clause) {
		return poles.get(clause.index());
	}

	/** The words of the lexicon of incompatible predicates in the clause. */
	public List<Pole> incompatibles(Clause clause) {
		return incompatibles.get(clause.index());
	}

	/** The entries of the lexicon of incompatible predicates that the token belongs to. */
	public List<Pole> incompatibleAt(int token) {
		return clauses.stream().filter(clause -> clause.contains(token))
				.flatMap(clause -> incompatibles(clause).stream())
				.filter(pole -> pole.first() <= token && token <= pole.last()).toList();
	}

	/** The content word (term) at a token, or null. */
	public Term term(int token) {
		return terms.get(token);
	}

	/** Whether the token is a form of an auxiliary or modal verb (sein, haben, werden, können …). */
	public boolean isAuxiliary(int token) {
		return auxiliaries.contains(token);
	}

	/** The modal verbs of a clause (können, müssen, dürfen, wollen, sollen, mögen) by their infinitive. */
	public Set<String> modals(Clause clause) {
		Set<String> found = new TreeSet<>();
		for (int token : clause.tokens()) {
			String modal = modals.get(token);
			if (modal != null) {
				found.add(modal);
			}
		}
		return found;
	}

	/** Whether the text is a question that states nothing: not one for the reason of what it presupposes ({@link ReasonQuestion}). */
	public boolean isQuestion() {
		return analysis.text().strip().endsWith("?") && !ReasonQuestion.presupposes(analysis.tokens(), analysis.tags());
	}

	/** The clause and the clauses that complete it (its dass-clauses and zu-infinitives), transitively. */
	public List<Clause> withComplements(Clause clause) {
		List<Clause> result = new ArrayList<>();
		result.add(clause);
		for (int k = clause.index() + 1; k < clauses.size(); k++) {
			int governor = clauses.get(k).governor();
			if (governor >= 0 && result.stream().anyMatch(c -> c.index() == governor)) {
				result.add(clauses.get(k));
			}
		}
		return result;
	}
}
