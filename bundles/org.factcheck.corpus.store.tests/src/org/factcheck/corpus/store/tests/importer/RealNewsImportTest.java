package org.factcheck.corpus.store.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.factcheck.corpus.Content;
import org.factcheck.corpus.Document;
import org.factcheck.corpus.Furniture;
import org.factcheck.corpus.FurnitureKind;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.corpus.store.tests.TestCorpora;
import org.junit.jupiter.api.Test;

/** The importer on 1,028 real news articles (one line each, manifest with section and publisher). */
class RealNewsImportTest {

	@Test
	void importsEveryArticleWithManifestMetadata() throws IOException {
		CorpusStore store = TestCorpora.gnadStore();
		assertEquals(1028, store.corpus().getDocuments().size(), "LICENSE and README files are not documents");
		assertEquals(List.of(), store.problems());
		Document first = store.document("gnad-0001").orElseThrow();
		assertEquals("Wirtschaft", first.getSection());
		assertEquals("DER STANDARD", first.getPublisher());
		assertTrue(first.getTitle().startsWith("Die Gewerkschaft GPA-djp lanciert den \"All-in-Rechner\""), first.getTitle());
		assertTrue(first.getTitle().length() <= 122);
	}

	@Test
	void articleTextIsNeverFurnitureExceptSignOffs() throws IOException {
		CorpusStore store = TestCorpora.gnadStore();
		List<String> unexpected = new ArrayList<>();
		int signOffs = 0;
		for (Document document : store.corpus().getDocuments()) {
			Content content = store.content(document.getId()).orElseThrow();
			for (var annotation : content.getAnnotations()) {
				if (annotation instanceof Furniture f) {
					if (f.getKind() == FurnitureKind.METADATA && f.getText().startsWith("(") && f.getText().endsWith(")")) {
						signOffs++;
					} else {
						unexpected.add(document.getId() + " " + f.getKind() + ": " + f.getText());
					}
				}
			}
		}
		assertEquals(List.of(), unexpected);
		assertTrue(signOffs > 20, "sign-offs such as (APA, 12.9.2015) found: " + signOffs);
	}

	@Test
	void signOffsGiveThePublicationDate() throws IOException {
		CorpusStore store = TestCorpora.gnadStore();
		Document signed = store.corpus().getDocuments().stream().filter(d -> d.getPublished() != null).findFirst().orElseThrow();
		LocalDate published = signed.getPublished();
		assertNotNull(published);
		assertTrue(published.getYear() >= 2015 && published.getYear() <= 2016, published.toString());
	}
}
