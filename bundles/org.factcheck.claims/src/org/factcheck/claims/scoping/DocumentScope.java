package org.factcheck.claims.scoping;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.factcheck.claims.corpus.CorpusView;
import org.factcheck.corpus.Document;

/**
 * The documents of a corpus as a scope: a citation is linked by looking its id up in the corpus,
 * so that linking costs the same for a corpus of a hundred documents and of a hundred thousand;
 * only listing all elements (content assist) goes through every document.
 */
final class DocumentScope implements IScope {

	private final CorpusView view;
	private final IQualifiedNameConverter names;

	DocumentScope(CorpusView view, IQualifiedNameConverter names) {
		this.view = view;
		this.names = names;
	}

	@Override
	public IEObjectDescription getSingleElement(QualifiedName name) {
		if (name == null || name.isEmpty()) {
			return null;
		}
		return view.document(names.toString(name)).map(this::describe).orElse(null);
	}

	@Override
	public Iterable<IEObjectDescription> getElements(QualifiedName name) {
		IEObjectDescription single = getSingleElement(name);
		return single == null ? List.of() : List.of(single);
	}

	@Override
	public IEObjectDescription getSingleElement(EObject object) {
		return object instanceof Document document && document.getId() != null
				? getSingleElement(names.toQualifiedName(document.getId()))
				: null;
	}

	@Override
	public Iterable<IEObjectDescription> getElements(EObject object) {
		IEObjectDescription single = getSingleElement(object);
		return single == null ? List.of() : List.of(single);
	}

	@Override
	public Iterable<IEObjectDescription> getAllElements() {
		return view.corpus().getDocuments().stream()
				.filter(document -> document.getId() != null && !document.getId().isEmpty()).map(this::describe)
				.toList();
	}

	private IEObjectDescription describe(Document document) {
		return EObjectDescription.create(names.toQualifiedName(document.getId()), document);
	}
}
