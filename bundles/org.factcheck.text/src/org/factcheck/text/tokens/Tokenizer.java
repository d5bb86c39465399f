package org.factcheck.text.tokens;

import java.util.ArrayList;
import java.util.List;

import org.factcheck.text.Whitespace;
import org.factcheck.text.models.GermanModels;
import org.factcheck.text.segment.Abbreviations;
import org.factcheck.text.segment.TextSpan;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Splits German text into tokens with the OpenNLP German tokenizer model, corrected so that
 * quotation marks and brackets are tokens of their own ({@code „zurückzahlen“} → „ zurückzahlen “),
 * unit signs leave their numbers ({@code 17%} → 17 %), hyphenated compounds stay whole
 * ({@code NATO-Generalsekretär}, {@code E-Mail-Adresse}, the truncated {@code Waffen-} in
 * {@code Waffen- und Munitionslieferungen}), numbers keep their separators ({@code 3,4},
 * {@code 10.000}) and abbreviations their period ({@code z.}, {@code B.}, {@code Dr.}), but not an acronym
 * in capitals ({@code zur ÖVP.} → ÖVP .).
 */
public final class Tokenizer {

	private static final String LEADING = "„“\"«»‚‘‹›([{";
	private static final String TRAILING = "“”\"«»‘’›‹)]},;:!?";

	private final Abbreviations abbreviations = Abbreviations.german();

	private Tokenizer() {
	}

	private static final class Holder {
		static final Tokenizer GERMAN = new Tokenizer();
	}

	public static Tokenizer german() {
		return Holder.GERMAN;
	}

	public List<Token> tokenize(String text) {
		return tokenize(text, TextSpan.all(text));
	}

	/** OpenNLP tokenizers are not thread-safe and costly to create: one per thread. */
	private static final ThreadLocal<TokenizerME> MODEL = ThreadLocal.withInitial(() -> new TokenizerME(GermanModels.tokens()));

	private static final WordSplits WORDS = new WordSplits();

	public List<Token> tokenize(String text, TextSpan within) {
		TokenizerME model = MODEL.get();
		List<int[]> pieces = new ArrayList<>();
		for (Span span : WORDS.tokenizePos(model, text.substring(within.start(), within.end()))) {
			int start = within.start() + span.getStart();
			int end = within.start() + span.getEnd();
			if (acronymWithPoint(text, start, end)) {
				peel(text, start, end - 1, pieces);
				pieces.add(new int[] { end - 1, end });
			} else {
				peel(text, start, end, pieces);
			}
		}
		return join(text, pieces);
	}

	/**
	 * An acronym in capitals with the period that ends its sentence ({@code zur ÖVP.}, {@code 2 GB
	 * RAM.}), which the model keeps as one token: German acronyms take no period of their own, so it
	 * is split off unless the word is a known abbreviation.
	 */
	private boolean acronymWithPoint(String text, int start, int end) {
		if (end - start < 3 || text.charAt(end - 1) != '.') {
			return false;
		}
		for (int i = start; i < end - 1; i++) {
			if (!Character.isUpperCase(text.charAt(i))) {
				return false;
			}
		}
		return abbreviations.kindOf(text.substring(start, end)) == null;
	}

	/** Splits leading and trailing quotes, brackets, punctuation and unit signs off a model token. */
	private static void peel(String text, int start, int end, List<int[]> out) {
		int s = start;
		int e = end;
		while (s < e - 1 && LEADING.indexOf(text.charAt(s)) >= 0) {
			out.add(new int[] { s, s + 1 });
			s++;
		}
		List<int[]> trailing = new ArrayList<>();
		while (e - 1 > s && (TRAILING.indexOf(text.charAt(e - 1)) >= 0
				|| "%‰€$".indexOf(text.charAt(e - 1)) >= 0 && Character.isDigit(text.charAt(e - 2)))) {
			trailing.add(0, new int[] { e - 1, e });
			e--;
		}
		for (int i = s; i < e; i++) {
			if (Whitespace.isWhitespace(text.charAt(i))) {
				splitAtSpaces(text, s, e, out);
				out.addAll(trailing);
				return;
			}
		}
		out.add(new int[] { s, e });
		out.addAll(trailing);
	}

	private static void splitAtSpaces(String text, int start, int end, List<int[]> out) {
		int s = start;
		for (int i = start; i <= end; i++) {
			if (i == end || Whitespace.isWhitespace(text.charAt(i))) {
				if (i > s) {
					out.add(new int[] { s, i });
				}
				s = i + 1;
			}
		}
	}

	private List<Token> join(String text, List<int[]> pieces) {
		List<Token> tokens = new ArrayList<>();
		if (pieces.isEmpty()) {
			return tokens;
		}
		int start = pieces.get(0)[0];
		int end = pieces.get(0)[1];
		for (int k = 1; k < pieces.size(); k++) {
			int[] piece = pieces.get(k);
			int[] following = k + 1 < pieces.size() ? pieces.get(k + 1) : null;
			if (piece[0] == end && joins(text, start, end, piece, following)) {
				end = piece[1];
			} else {
				tokens.add(new Token(start, end, text.substring(start, end)));
				start = piece[0];
				end = piece[1];
			}
		}
		tokens.add(new Token(start, end, text.substring(start, end)));
		return tokens;
	}

	private boolean joins(String text, int start, int end, int[] piece, int[] following) {
		char last = text.charAt(end - 1);
		char first = text.charAt(piece[0]);
		String next = text.substring(piece[0], piece[1]);
		if (last == '-' && end - start > 1 && Character.isLetterOrDigit(first)) {
			return true;
		}
		if (first == '-' && Character.isLetterOrDigit(last)) {
			if (next.length() > 1) {
				return true;
			}
			boolean truncatedCompound = following == null || following[0] > piece[1];
			return truncatedCompound || Character.isLetterOrDigit(text.charAt(following[0]));
		}
		if ((first == '.' || first == ',') && next.length() == 1 && Character.isDigit(last) && following != null
				&& following[0] == piece[1] && Character.isDigit(text.charAt(following[0]))) {
			return true;
		}
		if ((last == '.' || last == ',') && end - start > 1 && Character.isDigit(text.charAt(end - 2))
				&& Character.isDigit(first)) {
			return true;
		}
		if (next.equals(".")) {
			String word = text.substring(start, end);
			return word.chars().allMatch(Character::isLetter)
					&& (word.length() == 1 || abbreviations.kindOf(word + ".") != null);
		}
		return false;
	}
}
