package org.factcheck.lsp;

import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.factcheck.lsp.codeactions.ClaimsCodeActionService;

import com.google.inject.AbstractModule;

/** What the claim language gains in the language server: code actions for quick fixes. */
final class ClaimsServerLanguageModule extends AbstractModule {

	@Override
	protected void configure() {
		bind(ICodeActionService2.class).to(ClaimsCodeActionService.class);
	}
}
