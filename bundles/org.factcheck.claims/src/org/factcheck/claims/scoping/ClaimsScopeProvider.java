package org.factcheck.claims.scoping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.MapBasedScope;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.factcheck.claims.claims.ClaimsPackage;
import org.factcheck.claims.corpus.CorpusProvider;
import org.factcheck.claims.corpus.CorpusView;
import org.factcheck.corpus.Document;

import com.google.inject.Inject;

/**
 * Citations link to the documents of the corpus that applies to the file (see
 * {@link CorpusProvider}), by document id. The scope is built once per opened corpus.
 */
public class ClaimsScopeProvider extends AbstractClaimsScopeProvider {

	@Inject
	private CorpusProvider corpusProvider;

	@Inject
	private IQualifiedNameConverter nameConverter;

	@Inject
	private IResourceScopeCache cache;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference == ClaimsPackage.Literals.CITATION__DOCUMENT) {
			Resource resource = context.eResource();
			if (resource == null) {
				return IScope.NULLSCOPE;
			}
			return cache.get(DocumentScopeKey.INSTANCE, resource, () -> documentScope(resource));
		}
		return super.getScope(context, reference);
	}

	/** The scope of each opened corpus: it does not change while the corpus is open, whatever the file's version. */
	private final Map<CorpusView, IScope> scopesByCorpus = Collections.synchronizedMap(new WeakHashMap<>());

	private IScope documentScope(Resource resource) {
		return corpusProvider.view(resource).map(view -> scopesByCorpus.computeIfAbsent(view, this::documentScope))
				.orElse(IScope.NULLSCOPE);
	}

	private IScope documentScope(CorpusView view) {
		List<IEObjectDescription> documents = new ArrayList<>(view.corpus().getDocuments().size());
		for (Document document : view.corpus().getDocuments()) {
			if (document.getId() != null && !document.getId().isEmpty()) {
				documents.add(EObjectDescription.create(nameConverter.toQualifiedName(document.getId()), document));
			}
		}
		return MapBasedScope.createScope(IScope.NULLSCOPE, documents);
	}

	private enum DocumentScopeKey {
		INSTANCE
	}
}
