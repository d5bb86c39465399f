package org.factcheck.checkers.names.substitution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.factcheck.checkers.names.entities.EntityMention;
import org.factcheck.checkers.names.entities.PersonNames;
import org.factcheck.checkers.names.gazetteer.EntityForm;
import org.factcheck.checkers.names.gazetteer.EntityKind;
import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.WordKeys;
import org.factcheck.text.tokens.Token;

/**
 * Finds where a sentence puts another entity in the place of one of the claim's: the claim's
 * entity is absent from the sentence, the sentence's entity of the same kind is absent from the
 * claim, and both fill the same slot — right after the same content word (Denuklearisierung
 * Südkoreas / Nordkoreas; Verteidigungsminister X / Y), after the same preposition or conjunction
 * next to the same content word (Gipfels in Sankt Petersburg / Kasan), or right before the same
 * noun (ein belgischer / französischer Journalist). An entity the sentence simply does not mention
 * is no substitution, nor is a name of unknown kind, except a one-word one after the same
 * preposition of place as a known place of the claim (in Graz / in Hinterstoder).
 */
public final class SubstitutionFinder {

	/** How many tokens a content word may stand from a function-word anchor. */
	private static final int REACH = 3;
	private static final Set<String> CONTENT_TAGS = Set.of("NOUN", "PROPN", "VERB", "ADJ", "NUM", "X");
	/** Prepositions after which a name is a place (in Hinterstoder, nach Graz). */
	private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "nach", "aus");
	/** Word classes the tagger gives a participle used as an attribute (stammenden). */
	private static final Set<String> PARTICIPLE_TAGS = Set.of("ADJ", "VERB");
	private static final Set<String> FUNCTION_TAGS = Set.of("ADP", "CCONJ", "DET", "ADP+DET", "PUNCT");

	public List<Substitution> find(AnalyzedText claim, List<EntityMention> claimEntities, AnalyzedText sentence,
			List<EntityMention> sentenceEntities) {
		List<Substitution> found = new ArrayList<>();
		for (EntityMention wanted : claimEntities) {
			if (wanted.kind() == EntityKind.NAME || mentions(sentence, sentenceEntities, wanted)) {
				continue;
			}
			for (EntityMention stated : sentenceEntities) {
				boolean sameKind = stated.kind() == wanted.kind() || placeInPlaceOf(claim, wanted, sentence, stated);
				if (sameKind && sameForm(wanted, stated) && !mentions(claim, claimEntities, stated)
						&& sameSlot(claim, wanted, sentence, stated)) {
					found.add(new Substitution(wanted, stated));
					break;
				}
			}
		}
		return found;
	}

	/**
	 * A one-word name of unknown kind where the claim has a known place, both right after the same
	 * preposition of place (im Museum in Graz / in Hinterstoder): what stands there is a place too,
	 * though no gazetteer lists it.
	 */
	private static boolean placeInPlaceOf(AnalyzedText claim, EntityMention wanted, AnalyzedText sentence,
			EntityMention stated) {
		if (!wanted.kind().isPlace() || wanted.form() != EntityForm.NAME || stated.kind() != EntityKind.NAME
				|| stated.first() != stated.last() || wanted.first() < 1 || stated.first() < 1) {
			return false;
		}
		String before = claim.tokens().get(wanted.first() - 1).text().toLowerCase(Locale.GERMAN);
		return PLACE_PREPOSITIONS.contains(before)
				&& before.equalsIgnoreCase(sentence.tokens().get(stated.first() - 1).text());
	}

	/** Whether a text mentions an entity, in any form, or — for names — by any part of it that is not a first name. */
	static boolean mentions(AnalyzedText text, List<EntityMention> entities, EntityMention entity) {
		for (EntityMention other : entities) {
			if (other.sameEntity(entity)) {
				return true;
			}
		}
		List<String> parts = entity.isNamed() ? entity.nameKeys() : PersonNames.keys(entity.text());
		for (Token token : text.tokens()) {
			List<String> keys = PersonNames.keys(token.text());
			for (String part : parts) {
				if (part.length() > 2 && !PersonNames.isFirstName(part) && keys.stream().anyMatch(key -> PersonNames.sameKey(key, part))) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean sameForm(EntityMention a, EntityMention b) {
		return a.form() == b.form() || a.form() != EntityForm.PREFIX && b.form() != EntityForm.PREFIX
				&& a.form() != EntityForm.ADJECTIVE && b.form() != EntityForm.ADJECTIVE;
	}

	private static boolean sameSlot(AnalyzedText claim, EntityMention wanted, AnalyzedText sentence, EntityMention stated) {
		int claimBefore = wanted.first() - 1;
		int sentenceBefore = stated.first() - 1;
		if (sameWordsBefore(claim, wanted, claimBefore, sentence, stated, sentenceBefore)) {
			return true;
		}
		int claimOverArticle = beforeTheArticle(claim, claimBefore);
		int sentenceOverArticle = beforeTheArticle(sentence, sentenceBefore);
		if ((claimOverArticle != claimBefore || sentenceOverArticle != sentenceBefore)
				&& sameWordsBefore(claim, wanted, claimOverArticle, sentence, stated, sentenceOverArticle)) {
			return true;
		}
		if (wanted.form() == EntityForm.PREFIX) {
			return sameWord(remainder(wanted, claim), remainder(stated, sentence));
		}
		int claimAfter = wanted.last() + 1;
		int sentenceAfter = stated.last() + 1;
		return claimAfter < claim.tokens().size() && sentenceAfter < sentence.tokens().size()
				&& (claim.tags().get(claimAfter).equals("NOUN") || claim.tags().get(claimAfter).equals("VERB"))
				&& sameWord(claim.tokens().get(claimAfter).text(), sentence.tokens().get(sentenceAfter).text());
	}

	/**
	 * Whether the entities stand after the same content word, or after the same function word next to
	 * the same content word.
	 */
	private static boolean sameWordsBefore(AnalyzedText claim, EntityMention wanted, int claimBefore, AnalyzedText sentence,
			EntityMention stated, int sentenceBefore) {
		if (claimBefore < 0 || sentenceBefore < 0) {
			return false;
		}
		String tag = claim.tags().get(claimBefore);
		String claimWord = claim.tokens().get(claimBefore).text();
		String sentenceWord = sentence.tokens().get(sentenceBefore).text();
		if (CONTENT_TAGS.contains(tag) && sameWord(claimWord, sentenceWord)) {
			return true;
		}
		return FUNCTION_TAGS.contains(tag) && claimWord.equalsIgnoreCase(sentenceWord) && !claimWord.equals(".")
				&& (sameContent(claim, contentBefore(claim, claimBefore), sentence, contentBefore(sentence, sentenceBefore))
						|| sameContent(claim, contentAfter(claim, wanted.last()), sentence, contentAfter(sentence, stated.last()))
						|| sameWordBefore(claim, claimBefore, sentence, sentenceBefore)
						|| sameVerbAcross(claim, contentBefore(claim, claimBefore), sentence, contentAfter(sentence, stated.last()))
						|| sameVerbAcross(sentence, contentBefore(sentence, sentenceBefore), claim, contentAfter(claim, wanted.last())));
	}

	/**
	 * The token before an entity, over an article between (über die Türkei / über Italien: the
	 * names of some countries take one).
	 */
	private static int beforeTheArticle(AnalyzedText text, int before) {
		return before > 0 && text.tags().get(before).equals("DET") ? before - 1 : before;
	}

	/**
	 * The verb before the preposition in one text and after the entity in the other, as a participle
	 * attribute (stammt aus Nigeria / eines aus Ghana stammenden Vaters).
	 */
	private static boolean sameVerbAcross(AnalyzedText verbFirst, int verb, AnalyzedText verbLast, int participle) {
		return verb >= 0 && participle >= 0 && verbFirst.tags().get(verb).equals("VERB")
				&& PARTICIPLE_TAGS.contains(verbLast.tags().get(participle))
				&& Aligner.sameKey(WordKeys.key(verbFirst.tokens().get(verb).text()), presentStem(WordKeys.key(verbLast.tokens().get(participle).text())));
	}

	/** The infinitive's key of a present participle's key (stammend: stammen). */
	private static String presentStem(String key) {
		return key.endsWith("end") ? key.substring(0, key.length() - 1) : key;
	}

	/** The same word before the function word too (davon aus X / davon aus Y). */
	private static boolean sameWordBefore(AnalyzedText claim, int claimIndex, AnalyzedText sentence, int sentenceIndex) {
		if (claimIndex < 1 || sentenceIndex < 1) {
			return false;
		}
		String a = claim.tokens().get(claimIndex - 1).text();
		String b = sentence.tokens().get(sentenceIndex - 1).text();
		return a.length() > 2 && Character.isLetter(a.charAt(0)) && a.equalsIgnoreCase(b);
	}

	private static String remainder(EntityMention prefix, AnalyzedText text) {
		String word = text.tokens().get(prefix.first()).text();
		return word.substring(word.indexOf('-') + 1);
	}

	private static int contentBefore(AnalyzedText text, int from) {
		for (int i = from - 1; i >= 0 && i >= from - REACH; i--) {
			if (CONTENT_TAGS.contains(text.tags().get(i))) {
				return i;
			}
		}
		return -1;
	}

	private static int contentAfter(AnalyzedText text, int from) {
		for (int i = from + 1; i < text.tokens().size() && i <= from + REACH; i++) {
			if (CONTENT_TAGS.contains(text.tags().get(i))) {
				return i;
			}
		}
		return -1;
	}

	private static boolean sameContent(AnalyzedText a, int i, AnalyzedText b, int j) {
		return i >= 0 && j >= 0 && sameWord(a.tokens().get(i).text(), b.tokens().get(j).text());
	}

	private static boolean sameWord(String a, String b) {
		return a.equalsIgnoreCase(b) || Aligner.sameKey(WordKeys.key(a), WordKeys.key(b));
	}
}
