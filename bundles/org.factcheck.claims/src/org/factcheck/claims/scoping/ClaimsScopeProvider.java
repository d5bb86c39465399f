package org.factcheck.claims.scoping;


import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.factcheck.claims.claims.ClaimsPackage;
import org.factcheck.claims.corpus.CorpusProvider;
import org.factcheck.claims.corpus.CorpusView;

import com.google.inject.Inject;

/**
 * Citations link to the documents of the corpus that applies to the file (see
 * {@link CorpusProvider}), by document id, looked up in the corpus (see {@link DocumentScope}).
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

	private IScope documentScope(Resource resource) {
		return corpusProvider.view(resource).map(this::documentScope).orElse(IScope.NULLSCOPE);
	}

	private IScope documentScope(CorpusView view) {
		return new DocumentScope(view, nameConverter);
	}

	private enum DocumentScopeKey {
		INSTANCE
	}
}
