package org.factcheck.claims.ide;

import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.factcheck.claims.ide.contentassist.ClaimsIdeContentProposalProvider;
import org.factcheck.claims.ide.hover.DocumentDocumentationProvider;

/**
 * IDE services of the claim language, independent of any editor: content assist and hovers, as
 * used by the language server.
 */
public class ClaimsIdeModule extends AbstractClaimsIdeModule {

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return ClaimsIdeContentProposalProvider.class;
	}

	public Class<? extends IEObjectDocumentationProvider> bindIEObjectDocumentationProvider() {
		return DocumentDocumentationProvider.class;
	}
}
