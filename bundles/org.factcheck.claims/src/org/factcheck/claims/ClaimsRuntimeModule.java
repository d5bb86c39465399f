package org.factcheck.claims;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.factcheck.claims.conversion.ClaimsValueConverterService;
import org.factcheck.claims.corpus.CorpusProvider;
import org.factcheck.claims.corpus.StoreCorpusProvider;
import org.factcheck.claims.linking.ClaimsLinkingDiagnosticMessageProvider;
import org.factcheck.claims.parser.ClaimsSyntaxErrorMessageProvider;
import org.factcheck.claims.resource.ClaimsResource;

/**
 * Guice bindings of the claim language. Override {@link #bindCorpusProvider()} in a subclass to
 * serve corpora from elsewhere than the corpus store.
 */
public class ClaimsRuntimeModule extends AbstractClaimsRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return ClaimsValueConverterService.class;
	}

	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return ClaimsResource.class;
	}

	public Class<? extends CorpusProvider> bindCorpusProvider() {
		return StoreCorpusProvider.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return ClaimsLinkingDiagnosticMessageProvider.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider.Extended> bindILinkingDiagnosticMessageProvider$Extended() {
		return ClaimsLinkingDiagnosticMessageProvider.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return ClaimsSyntaxErrorMessageProvider.class;
	}
}
