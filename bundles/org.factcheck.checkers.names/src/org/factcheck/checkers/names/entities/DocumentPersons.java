package org.factcheck.checkers.names.entities;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.factcheck.checkers.names.gazetteer.EntityKind;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.Sentence;
import org.factcheck.evidence.candidates.DocumentSentences;

/**
 * The persons a document names in full (Carl-Ludwig Thiele, Außenminister Cho Tae Yul), so that a
 * later sentence's short form (Thiele, Cho) is known to be a person. Computed on first use and
 * attached to the {@link Content} as an adapter; thread-safe.
 */
public final class DocumentPersons extends AdapterImpl {

	private final List<EntityMention> persons;

	private DocumentPersons(Content content) {
		DocumentSentences sentences = DocumentSentences.of(content);
		EntityFinder finder = new EntityFinder();
		List<EntityMention> found = new ArrayList<>();
		for (Sentence sentence : sentences.evidence()) {
			for (EntityMention entity : finder.find(sentences.analysis(sentence))) {
				if (entity.kind() == EntityKind.PERSON) {
					found.add(entity);
				}
			}
		}
		this.persons = List.copyOf(found);
	}

	public static DocumentPersons of(Content content) {
		synchronized (content) {
			for (Adapter adapter : content.eAdapters()) {
				if (adapter instanceof DocumentPersons existing) {
					return existing;
				}
			}
			DocumentPersons created = new DocumentPersons(content);
			content.eAdapters().add(created);
			return created;
		}
	}

	/** The person mentions of the document's evidence sentences, in document order. */
	public List<EntityMention> persons() {
		return persons;
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == DocumentPersons.class;
	}
}
