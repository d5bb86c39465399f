package org.factcheck.checkers.timeline;

import java.time.LocalDate;
import java.util.Optional;

import org.factcheck.checker.CorpusAccess;
import org.factcheck.corpus.Annotation;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.DateMention;
import org.factcheck.corpus.Document;
import org.factcheck.corpus.Furniture;
import org.factcheck.text.dates.DateExpression;

/**
 * When a source said what it says: its published date, or, for an undated document, the latest
 * day it reports (its article text's latest date; a date without year is read in the year that
 * puts it nearest after the reference date, as a news text written then would mean it).
 *
 * @param date      the day
 * @param estimated whether the document is undated and the day is the latest it names
 */
record SourceDate(LocalDate date, boolean estimated) {

	static Optional<SourceDate> of(CorpusAccess corpus, String documentId, LocalDate reference) {
		Optional<Document> document = corpus.document(documentId);
		if (document.isEmpty()) {
			return Optional.empty();
		}
		if (document.get().getPublished() != null) {
			return Optional.of(new SourceDate(document.get().getPublished(), false));
		}
		return corpus.content(documentId).flatMap(content -> latestNamedDay(content, reference))
				.map(day -> new SourceDate(day, true));
	}

	private static Optional<LocalDate> latestNamedDay(Content content, LocalDate reference) {
		LocalDate latest = null;
		for (Annotation annotation : content.getAnnotations()) {
			if (!(annotation instanceof DateMention mention) || mention.getDay() == 0 || mention.getMonth() == 0
					|| mention.getRangeEnd() != null || inFurniture(content, mention)) {
				continue;
			}
			Optional<LocalDate> day = new DateExpression(mention.getStart(), mention.getEnd(), mention.getYear(),
					mention.getMonth(), mention.getDay(), 0, null).resolve(reference);
			if (day.isPresent() && (latest == null || day.get().isAfter(latest))) {
				latest = day.get();
			}
		}
		return Optional.ofNullable(latest);
	}

	private static boolean inFurniture(Content content, DateMention mention) {
		return content.getAnnotations().stream().anyMatch(a -> a instanceof Furniture
				&& a.getStart() <= mention.getStart() && mention.getEnd() <= a.getEnd());
	}

	/** The day as shown in notes: {@code 2024-10-24}, or {@code 2024-11-27, undated: the latest day it names}. */
	String describe() {
		return estimated ? date + ", undated: the latest day it names" : date.toString();
	}
}
