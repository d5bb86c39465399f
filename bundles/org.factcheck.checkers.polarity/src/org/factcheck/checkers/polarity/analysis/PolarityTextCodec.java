package org.factcheck.checkers.polarity.analysis;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.factcheck.checkers.polarity.clauses.Clause;
import org.factcheck.checkers.polarity.clauses.ClauseKind;
import org.factcheck.checkers.polarity.clauses.Span;
import org.factcheck.checkers.polarity.lexicon.Pole;
import org.factcheck.checkers.polarity.lexicon.Word;
import org.factcheck.evidence.candidates.KeptSentenceValues;
import org.factcheck.evidence.terms.AnalysisCodec;
import org.factcheck.evidence.terms.AnalyzedText;

/**
 * A sentence's {@link PolarityText} as bytes, read back onto the sentence's analysis: the words' keys
 * and verb forms, the clauses, their negations and their words of the two lexicons. A word's index,
 * text and tag are the analysis' own; a text whose words are not is not written.
 */
public final class PolarityTextCodec implements KeptSentenceValues.Codec<PolarityText> {

	private static final ClauseKind[] KINDS = ClauseKind.values();

	private final AnalyzedText analysis;

	/** A codec for the polarity text of this analysis. */
	public PolarityTextCodec(AnalyzedText analysis) {
		this.analysis = analysis;
	}

	@Override
	public void write(PolarityText polarity, String text, DataOutputStream out) throws IOException {
		if (polarity.analysis() != analysis) {
			throw new IOException("the polarity text of another analysis");
		}
		List<Word> words = polarity.words();
		AnalysisCodec.writeNumber(out, words.size());
		for (int i = 0; i < words.size(); i++) {
			writeWord(out, words.get(i), i);
		}
		List<Clause> clauses = polarity.clauses();
		AnalysisCodec.writeNumber(out, clauses.size());
		for (int i = 0; i < clauses.size(); i++) {
			Clause clause = clauses.get(i);
			if (clause.index() != i) {
				throw new IOException("a clause out of place");
			}
			writeClause(out, clause);
			writeNegation(out, polarity.negation(clause));
			writePoles(out, polarity.poles(clause));
			writePoles(out, polarity.incompatibles(clause));
		}
	}

	@Override
	public PolarityText read(DataInputStream in, String text) throws IOException {
		int size = AnalysisCodec.readNumber(in);
		if (size != analysis.tokens().size()) {
			throw new IOException("not the words of this analysis");
		}
		List<Word> words = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			words.add(readWord(in, i));
		}
		int count = count(in);
		List<Clause> clauses = new ArrayList<>(count);
		List<ClauseNegation> negations = new ArrayList<>(count);
		List<List<Pole>> poles = new ArrayList<>(count);
		List<List<Pole>> incompatibles = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			clauses.add(readClause(in, i));
			negations.add(readNegation(in));
			poles.add(readPoles(in));
			incompatibles.add(readPoles(in));
		}
		return PolarityText.of(analysis, words, clauses, negations, poles, incompatibles);
	}

	private void writeWord(DataOutputStream out, Word word, int index) throws IOException {
		if (word.index() != index || !word.text().equals(analysis.tokens().get(index).text())
				|| !word.tag().equals(analysis.tags().get(index))) {
			throw new IOException("a word that is not the analysis' token");
		}
		AnalysisCodec.writeNullable(out, word.key());
		boolean headIsKey = Objects.equals(word.headKey(), word.key());
		out.writeBoolean(headIsKey);
		if (!headIsKey) {
			AnalysisCodec.writeNullable(out, word.headKey());
		}
		AnalysisCodec.writeNumber(out, word.verbForms().size());
		for (String form : word.verbForms()) {
			out.writeUTF(form);
		}
	}

	private Word readWord(DataInputStream in, int index) throws IOException {
		String key = AnalysisCodec.readNullable(in);
		String headKey = in.readBoolean() ? key : AnalysisCodec.readNullable(in);
		int forms = count(in);
		Set<String> verbForms = new LinkedHashSet<>();
		for (int k = 0; k < forms; k++) {
			verbForms.add(in.readUTF());
		}
		return new Word(index, analysis.tokens().get(index).text(), analysis.tags().get(index), key, headKey, verbForms);
	}

	private static void writeClause(DataOutputStream out, Clause clause) throws IOException {
		AnalysisCodec.writeNumber(out, clause.spans().size());
		for (Span span : clause.spans()) {
			AnalysisCodec.writeNumber(out, span.first());
			AnalysisCodec.writeNumber(out, span.last());
		}
		out.writeByte(clause.kind().ordinal());
		AnalysisCodec.writeNumber(out, clause.governor());
		AnalysisCodec.writeNumber(out, clause.opener());
		AnalysisCodec.writeNumber(out, clause.verb());
		AnalysisCodec.writeNumber(out, clause.particle());
	}

	private Clause readClause(DataInputStream in, int index) throws IOException {
		int count = count(in);
		List<Span> spans = new ArrayList<>(count);
		for (int k = 0; k < count; k++) {
			spans.add(new Span(AnalysisCodec.readNumber(in), AnalysisCodec.readNumber(in)));
		}
		ClauseKind kind = KINDS[in.readByte()];
		return new Clause(index, spans, kind, AnalysisCodec.readNumber(in), AnalysisCodec.readNumber(in),
				AnalysisCodec.readNumber(in), AnalysisCodec.readNumber(in));
	}

	private static void writeNegation(DataOutputStream out, ClauseNegation negation) throws IOException {
		writeTokens(out, negation.cues());
		AnalysisCodec.writeNumber(out, negation.focused().size());
		for (ClauseNegation.Focus focus : negation.focused()) {
			AnalysisCodec.writeNumber(out, focus.cue());
			AnalysisCodec.writeNumber(out, focus.noun());
		}
		out.writeBoolean(negation.partlyNegated());
		out.writeBoolean(negation.hedged());
		writeTokens(out, negation.negated());
		writeTokens(out, negation.corrected());
	}

	private ClauseNegation readNegation(DataInputStream in) throws IOException {
		List<Integer> cues = readTokens(in);
		int count = count(in);
		List<ClauseNegation.Focus> focused = new ArrayList<>(count);
		for (int k = 0; k < count; k++) {
			focused.add(new ClauseNegation.Focus(AnalysisCodec.readNumber(in), AnalysisCodec.readNumber(in)));
		}
		boolean partlyNegated = in.readBoolean();
		boolean hedged = in.readBoolean();
		return new ClauseNegation(cues, focused, partlyNegated, hedged, readTokens(in), readTokens(in));
	}

	private static void writePoles(DataOutputStream out, List<Pole> poles) throws IOException {
		AnalysisCodec.writeNumber(out, poles.size());
		for (Pole pole : poles) {
			AnalysisCodec.writeNumber(out, pole.pair());
			AnalysisCodec.writeNumber(out, pole.side());
			AnalysisCodec.writeNumber(out, pole.first());
			AnalysisCodec.writeNumber(out, pole.last());
			out.writeBoolean(pole.modifier());
		}
	}

	private List<Pole> readPoles(DataInputStream in) throws IOException {
		int count = count(in);
		List<Pole> poles = new ArrayList<>(count);
		for (int k = 0; k < count; k++) {
			poles.add(new Pole(AnalysisCodec.readNumber(in), AnalysisCodec.readNumber(in), AnalysisCodec.readNumber(in),
					AnalysisCodec.readNumber(in), in.readBoolean()));
		}
		return List.copyOf(poles);
	}

	private static void writeTokens(DataOutputStream out, List<Integer> tokens) throws IOException {
		AnalysisCodec.writeNumber(out, tokens.size());
		for (int token : tokens) {
			AnalysisCodec.writeNumber(out, token);
		}
	}

	private List<Integer> readTokens(DataInputStream in) throws IOException {
		int count = count(in);
		List<Integer> tokens = new ArrayList<>(count);
		for (int k = 0; k < count; k++) {
			tokens.add(AnalysisCodec.readNumber(in));
		}
		return tokens;
	}

	/** A count of things of the sentence, which cannot exceed its text's length, nor the number of its tokens much. */
	private int count(DataInputStream in) throws IOException {
		int count = AnalysisCodec.readNumber(in);
		if (count < 0 || count > analysis.text().length() + analysis.tokens().size()) {
			throw new IOException("not a count");
		}
		return count;
	}
}
