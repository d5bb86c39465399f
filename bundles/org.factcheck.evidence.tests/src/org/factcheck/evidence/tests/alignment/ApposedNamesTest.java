package org.factcheck.evidence.tests.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Optional;
import java.util.Set;

import org.factcheck.corpus.Content;
import org.factcheck.corpus.CorpusFactory;
import org.factcheck.evidence.alignment.ApposedNames;
import org.factcheck.evidence.candidates.DocumentSentences;
import org.junit.jupiter.api.Test;

/**
 * The name a document writes after a description is searched for once per document and
 * description, however many sentences and claims ask; each description and each document has its
 * own answer.
 */
class ApposedNamesTest {

	private static final String ONE = "Der deutsche Innenminister Thomas Brenner kam nach Wien. Später sprach der deutsche Innenminister.";

	private static final String TWO = "Der deutsche Innenminister Thomas Brenner kam nach Wien, sein Vorgänger, der deutsche Innenminister "
			+ "Karl Weber, blieb daheim. Die Polizeichefin Anna Berger begleitete ihn.";

	@Test
	void theNameAfterTheDescriptionIsFound() {
		assertEquals(Optional.of(Set.of("Thomas", "Brenner")), ApposedNames.in(ONE).after("deutsche Innenminister"));
		assertEquals(Optional.of(Set.of("Thomas", "Brenner")), ApposedNames.in(ONE).after("deutschen Innenministers"));
	}

	@Test
	void aDescriptionBeforeNoNameOrBeforeTwoNamesNamesNoOne() {
		assertEquals(Optional.empty(), ApposedNames.in(ONE).after("österreichische Kanzler"));
		assertEquals(Optional.empty(), ApposedNames.in(TWO).after("deutsche Innenminister"));
	}

	@Test
	void eachDescriptionOfADocumentHasItsOwnAnswer() {
		ApposedNames names = ApposedNames.in(TWO);
		assertEquals(Optional.empty(), names.after("deutsche Innenminister"));
		assertEquals(Optional.of(Set.of("Anna", "Berger")), names.after("Polizeichefin"));
		assertEquals(Optional.empty(), names.after("deutsche Innenminister"));
	}

	@Test
	void aDescriptionIsSearchedOnceHoweverManySentencesAsk() {
		ApposedNames names = ApposedNames.in(ONE);
		Optional<Set<String>> first = names.after("deutsche Innenminister");
		assertSame(first, names.after("deutsche Innenminister"), "searched again");
	}

	@Test
	void eachDocumentKeepsItsOwnNames() {
		Content one = content(ONE);
		Content two = content(TWO);
		ApposedNames ofOne = DocumentSentences.of(one).apposedNames();
		assertSame(ofOne, DocumentSentences.of(one).apposedNames());
		assertEquals(Optional.of(Set.of("Thomas", "Brenner")), ofOne.after("deutsche Innenminister"));
		assertEquals(Optional.empty(), DocumentSentences.of(two).apposedNames().after("deutsche Innenminister"));
	}

	private static Content content(String text) {
		Content content = CorpusFactory.eINSTANCE.createContent();
		content.setText(text);
		return content;
	}
}
