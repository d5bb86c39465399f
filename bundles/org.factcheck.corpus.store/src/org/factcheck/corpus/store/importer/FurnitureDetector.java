package org.factcheck.corpus.store.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.factcheck.corpus.FurnitureKind;
import org.factcheck.corpus.store.RangeCoverage;
import org.factcheck.text.dates.DateExpression;
import org.factcheck.text.dates.DateFinder;
import org.factcheck.text.dates.TimeOfDay;
import org.factcheck.text.normalize.TextNormalizer;
import org.factcheck.text.numbers.PhoneNumberFinder;
import org.factcheck.text.quotes.Quote;
import org.factcheck.text.segment.TextSpan;

/**
 * Finds page furniture in a document's text: what a web page shows around an article (ads,
 * navigation, contact lines, newsletter and consent forms, related links, comment forms, photo
 * credits, source and date lines) and what is therefore never evidence.
 * <p>
 * Cue phrases come from {@code data/furniture-cues.txt}: a strong cue marks a sentence on its
 * own, a line cue a line that is nothing but the cue (Menü, Kontakt), a weak cue only a sentence
 * that addresses the reader (Sie, Ihr, du) in a paragraph of at most four sentences, or a short
 * line next to other furniture. Structural rules add:
 * <ul>
 * <li>a block of at least three short lines at the top of the page (site header, promotion,
 * menu) — each line gets its own cue's kind, the others advertisement if the block has an
 * advertising cue, else navigation;</li>
 * <li>lines that are only a date, a time, a URL or a telephone number (metadata, contact), and
 * {@code Quelle:} lines;</li>
 * <li>photo credits: {@code NAME / Agentur / …} and {@code (Quelle: X)} after a caption;</li>
 * <li>agency and date sign-offs such as {@code (APA, 12.9.2015)};</li>
 * <li>short paragraphs addressing the reader next to other furniture (promotion and form text);</li>
 * <li>a repeated paragraph (a headline shown twice) after its first occurrence.</li>
 * </ul>
 * Half or more of the sentences of a paragraph being furniture makes the whole paragraph
 * furniture.
 */
public final class FurnitureDetector {

	private static final int SHORT_LINE_WORDS = 8;
	/** Lines longer than this are never only a date, a telephone number, a source or a line cue. */
	private static final int LINE_WORDS = 16;
	private static final int HEADER_LINE_WORDS = 3;
	private static final int MIN_HEADER_LINES = 3;
	private static final int FORM_PARAGRAPH_SENTENCES = 4;
	private static final Pattern CREDIT = Pattern.compile(
			"[\\p{Lu}][\\p{L}.'’&-]*(?: [\\p{L}][\\p{L}.'’&-]*){0,4}(?:,? [\\p{L}][\\p{L}.'’&-]*){0,3}"
					+ "(?: / [\\p{Lu}][\\p{L}.'’&-]*(?:,? [\\p{L}][\\p{L}.'’&-]*){0,4}){1,6}\\.?");
	private static final Pattern CAPTION_SOURCE = Pattern.compile("\\((?:quelle|foto|fotos|bild|credit)\\s*:[^()]{1,60}\\)\\W*",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern SIGN_OFF = Pattern.compile(
			"\\((?:[\\p{L}/.& ]{1,25}[,;] ?){0,3}\\d{1,2}\\. ?\\d{1,2}\\. ?\\d{2,4}\\)");
	private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");
	private static final Set<String> FORMAL_ADDRESS = Set.of("Sie", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres", "Ihnen");
	private static final Set<String> INFORMAL_ADDRESS = Set.of("du", "dich", "dir", "dein", "deine", "deinen", "deinem",
			"deiner", "deines");

	private final FurnitureCues cues = FurnitureCues.load();

	private FurnitureDetector() {
	}

	private static final class Holder {
		static final FurnitureDetector INSTANCE = new FurnitureDetector();
	}

	public static FurnitureDetector german() {
		return Holder.INSTANCE;
	}

	/**
	 * The furniture of {@code text}, in order: whole paragraphs or single sentences.
	 *
	 * @param paragraphs the paragraphs of the text
	 * @param sentences  the sentences of each paragraph
	 * @param quotes     quotations in the text (speech inside them never counts as addressing the reader)
	 */
	public List<FurnitureSpan> detect(String text, List<TextSpan> paragraphs, List<List<TextSpan>> sentences,
			List<Quote> quotes) {
		int n = paragraphs.size();
		FurnitureKind[] paragraphKind = new FurnitureKind[n];
		FurnitureKind[] shortLineCue = new FurnitureKind[n];
		List<Map<TextSpan, FurnitureKind>> sentenceKinds = new ArrayList<>(n);
		boolean[] addressesReader = new boolean[n];
		RangeCoverage quoted = RangeCoverage.of(text, quotes.stream().map(q -> new int[] { q.start(), q.end() }).toList());
		// each paragraph is folded once; a sentence that is its whole paragraph shares it
		String[] folded = new String[n];
		for (int p = 0; p < n; p++) {
			folded[p] = TextNormalizer.fold(text, paragraphs.get(p).start(), paragraphs.get(p).end());
		}
		for (int p = 0; p < n; p++) {
			String paragraph = paragraphs.get(p).of(text);
			List<TextSpan> own = sentences.get(p);
			boolean formLike = own.size() <= FORM_PARAGRAPH_SENTENCES;
			addressesReader[p] = formLike && addressesReader(text, own, quoted);
			paragraphKind[p] = wholeParagraphKind(paragraph, folded[p]);
			Map<TextSpan, FurnitureKind> kinds = new LinkedHashMap<>();
			for (TextSpan sentence : own) {
				String foldedSentence = sentence.equals(paragraphs.get(p)) ? folded[p]
						: TextNormalizer.fold(text, sentence.start(), sentence.end());
				FurnitureKind kind = sentenceKind(sentence.of(text), foldedSentence, addressesReader[p]);
				if (kind != null) {
					kinds.put(sentence, kind);
				}
			}
			if (paragraphKind[p] == null && !kinds.isEmpty() && kinds.size() * 2 >= own.size()) {
				paragraphKind[p] = majority(kinds);
			}
			if (atMostWords(paragraph, SHORT_LINE_WORDS)) {
				FurnitureCues.Cue cue = cues.find(folded[p]);
				shortLineCue[p] = cue == null ? null : cue.kind();
			}
			sentenceKinds.add(kinds);
		}
		markHeaderBlock(text, paragraphs, folded, paragraphKind);
		markNextToFurniture(paragraphKind, addressesReader, shortLineCue);
		markRepeatedParagraphs(folded, paragraphKind);

		List<FurnitureSpan> furniture = new ArrayList<>();
		for (int p = 0; p < n; p++) {
			if (paragraphKind[p] != null) {
				furniture.add(new FurnitureSpan(paragraphs.get(p), paragraphKind[p]));
			} else {
				sentenceKinds.get(p).forEach((sentence, kind) -> furniture.add(new FurnitureSpan(sentence, kind)));
			}
		}
		return furniture;
	}

	/** Kinds that only whole lines have: source lines, date or time lines, telephone lines, line cues. */
	private FurnitureKind wholeParagraphKind(String paragraph, String folded) {
		if (!atMostWords(paragraph, LINE_WORDS)) {
			return null;
		}
		if (folded.startsWith("quelle:") && (URL.matcher(paragraph).find() || folded.length() <= 60)
				|| URL.matcher(paragraph).matches()) {
			return FurnitureKind.METADATA;
		}
		if (onlyDatesAndTimes(paragraph)) {
			return FurnitureKind.METADATA;
		}
		if (coveredBy(paragraph, PhoneNumberFinder.german().find(paragraph)) >= 0.5) {
			return FurnitureKind.CONTACT;
		}
		return cues.lineKind(folded);
	}

	/** @param folded the sentence folded */
	private FurnitureKind sentenceKind(String sentence, String folded, boolean addressesReader) {
		boolean parenthesised = sentence.startsWith("(");
		if (parenthesised && SIGN_OFF.matcher(sentence).matches()) {
			return FurnitureKind.METADATA;
		}
		if (parenthesised && CAPTION_SOURCE.matcher(sentence).matches()
				|| sentence.contains(" / ") && atMostWords(sentence, LINE_WORDS) && CREDIT.matcher(sentence).matches()) {
			return FurnitureKind.PHOTO_CREDIT;
		}
		FurnitureCues.Cue cue = cues.find(folded);
		if (cue == null) {
			return null;
		}
		return cue.strong() || addressesReader ? cue.kind() : null;
	}

	/**
	 * A block of at least three short lines at the top of the page, before the first real
	 * paragraph: a site header with promotion and menu.
	 */
	private void markHeaderBlock(String text, List<TextSpan> paragraphs, String[] folded, FurnitureKind[] kinds) {
		int end = 0;
		while (end < paragraphs.size() && isHeaderLine(paragraphs.get(end).of(text), kinds[end])) {
			end++;
		}
		if (end < MIN_HEADER_LINES) {
			return;
		}
		boolean advertising = false;
		for (int p = 0; p < end; p++) {
			FurnitureCues.Cue cue = cues.find(folded[p]);
			advertising |= kinds[p] == FurnitureKind.ADVERTISEMENT || cue != null && cue.kind() == FurnitureKind.ADVERTISEMENT;
		}
		for (int p = 0; p < end; p++) {
			if (kinds[p] == null) {
				FurnitureCues.Cue cue = cues.find(folded[p]);
				kinds[p] = cue != null ? cue.kind() : advertising ? FurnitureKind.ADVERTISEMENT : FurnitureKind.NAVIGATION;
			}
		}
	}

	private static boolean isHeaderLine(String line, FurnitureKind kind) {
		if (kind != null) {
			return true;
		}
		char last = line.charAt(line.length() - 1);
		return atMostWords(line, HEADER_LINE_WORDS) && ".!?".indexOf(last) < 0;
	}

	/**
	 * Short form and promotion paragraphs next to other furniture are furniture too: those that
	 * address the reader and short lines with a weak cue (Wissenswertes zum Thema).
	 */
	private static void markNextToFurniture(FurnitureKind[] kinds, boolean[] addressesReader, FurnitureKind[] shortLineCue) {
		// Passes from the top until nothing changes; a paragraph is looked at again only when a
		// neighbour changed since it was last looked at: a change below it in the same pass, a change
		// above it in the next one. The outcome is that of repeating whole passes, in near-linear time.
		TreeSet<Integer> pass = new TreeSet<>();
		for (int p = 0; p < kinds.length; p++) {
			if (kinds[p] == null && (addressesReader[p] || shortLineCue[p] != null)) {
				pass.add(p);
			}
		}
		while (!pass.isEmpty()) {
			TreeSet<Integer> next = new TreeSet<>();
			for (Integer p = pass.first(); p != null; p = pass.higher(p)) {
				if (kinds[p] != null || !addressesReader[p] && shortLineCue[p] == null) {
					continue;
				}
				FurnitureKind neighbour = p + 1 < kinds.length && kinds[p + 1] != null ? kinds[p + 1]
						: p > 0 && kinds[p - 1] != null ? kinds[p - 1] : null;
				if (neighbour != null) {
					kinds[p] = shortLineCue[p] != null ? shortLineCue[p]
							: neighbour == FurnitureKind.METADATA ? FurnitureKind.ADVERTISEMENT : neighbour;
					if (p + 1 < kinds.length) {
						pass.add(p + 1);
					}
					if (p > 0) {
						next.add(p - 1);
					}
				}
			}
			pass = next;
		}
	}

	private static void markRepeatedParagraphs(String[] folded, FurnitureKind[] kinds) {
		Set<String> seen = new HashSet<>();
		for (int p = 0; p < folded.length; p++) {
			if (!seen.add(folded[p]) && kinds[p] == null) {
				kinds[p] = FurnitureKind.OTHER;
			}
		}
	}

	/** Whether a sentence outside quotations addresses the reader (Sie/Ihr inside a sentence, du, dein). */
	private static boolean addressesReader(String text, List<TextSpan> sentences, RangeCoverage quoted) {
		for (TextSpan sentence : sentences) {
			int i = sentence.start();
			boolean first = true;
			while (i < sentence.end()) {
				if (!Character.isLetter(text.charAt(i))) {
					i++;
					continue;
				}
				int start = i;
				while (i < sentence.end() && Character.isLetter(text.charAt(i))) {
					i++;
				}
				String word = text.substring(start, i);
				boolean formal = !first && FORMAL_ADDRESS.contains(word) && !afterOpeningMark(text, start);
				if ((formal || INFORMAL_ADDRESS.contains(word.toLowerCase(Locale.ROOT))) && !quoted.contains(start, start + 1)) {
					return true;
				}
				first = false;
			}
		}
		return false;
	}

	private static boolean afterOpeningMark(String text, int start) {
		int i = start - 1;
		while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
			i--;
		}
		return i >= 0 && "„\"»«:–-(".indexOf(text.charAt(i)) >= 0;
	}

	private static boolean onlyDatesAndTimes(String paragraph) {
		List<TextSpan> spans = new ArrayList<>();
		for (DateExpression date : DateFinder.german().find(paragraph)) {
			if (date.day() > 0 || date.weekday() > 0) {
				spans.add(new TextSpan(date.start(), date.end()));
			}
		}
		for (TimeOfDay time : DateFinder.german().findTimes(paragraph)) {
			spans.add(new TextSpan(time.start(), time.end()));
		}
		if (spans.isEmpty()) {
			return false;
		}
		StringBuilder rest = new StringBuilder(paragraph);
		for (TextSpan span : spans) {
			for (int i = span.start(); i < span.end(); i++) {
				rest.setCharAt(i, ' ');
			}
		}
		return rest.toString().replaceAll("(?i)\\b(am|um|den|vom|stand)\\b", " ").chars().noneMatch(Character::isLetterOrDigit);
	}

	/** The share of non-space characters covered by {@code spans}. */
	private static double coveredBy(String paragraph, List<TextSpan> spans) {
		if (spans.isEmpty()) {
			return 0;
		}
		int covered = 0;
		for (TextSpan span : spans) {
			covered += (int) span.of(paragraph).chars().filter(c -> !Character.isWhitespace(c)).count();
		}
		long all = paragraph.chars().filter(c -> !Character.isWhitespace(c)).count();
		return all == 0 ? 0 : covered / (double) all;
	}

	private static FurnitureKind majority(Map<TextSpan, FurnitureKind> kinds) {
		Map<FurnitureKind, Integer> counts = new EnumMap<>(FurnitureKind.class);
		kinds.values().forEach(k -> counts.merge(k, 1, Integer::sum));
		return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
	}

	/** Whether {@code s} has at most {@code limit} words: counted only until there are more. */
	private static boolean atMostWords(String s, int limit) {
		int words = 0;
		boolean inWord = false;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			boolean letter = FurnitureCues.letterOrDigit(c);
			if (letter && !inWord && ++words > limit) {
				return false;
			}
			inWord = letter;
		}
		return true;
	}
}
