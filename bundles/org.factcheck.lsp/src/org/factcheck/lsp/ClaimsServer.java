package org.factcheck.lsp;

import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.util.Modules2;
import org.factcheck.claims.ClaimsRuntimeModule;
import org.factcheck.claims.ide.ClaimsIdeModule;
import org.factcheck.claims.ide.ClaimsIdeSetup;
import org.factcheck.lsp.verification.DocumentLocations;
import org.factcheck.lsp.verification.SaveVerification;
import org.factcheck.lsp.verification.VerificationResults;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * Wires Xtext's language server for the claim language inside OSGi: the language is registered
 * directly (Xtext's service loader lookup does not see other bundles), with the runtime, IDE and
 * server modules; the server's own injector gets the language's verification services, which
 * depend on the language's corpora.
 */
public final class ClaimsServer {

	private ClaimsServer() {
	}

	/** The claim language with the services the server adds, registered for {@code .claims} files. */
	static final class Setup extends ClaimsIdeSetup {
		@Override
		public Injector createInjector() {
			return Guice.createInjector(Modules2.mixin(new ClaimsRuntimeModule(), new ClaimsIdeModule(), new ClaimsServerLanguageModule()));
		}
	}

	/** A new server, not yet connected to a client. */
	public static ClaimsLanguageServer create() {
		Injector language = new Setup().createInjectorAndDoEMFRegistration();
		Injector server = Guice.createInjector(Modules.override(new ServerModule()).with(new AbstractModule() {
			@Override
			protected void configure() {
				bind(IResourceServiceProvider.Registry.class).toInstance(IResourceServiceProvider.Registry.INSTANCE);
				bind(LanguageServer.class).to(ClaimsLanguageServer.class);
				bind(LanguageServerImpl.class).to(ClaimsLanguageServer.class);
				// Providers rather than instances, so that this injector leaves their members alone.
				VerificationResults results = language.getInstance(VerificationResults.class);
				SaveVerification verification = language.getInstance(SaveVerification.class);
				DocumentLocations locations = language.getInstance(DocumentLocations.class);
				bind(VerificationResults.class).toProvider(() -> results);
				bind(SaveVerification.class).toProvider(() -> verification);
				bind(DocumentLocations.class).toProvider(() -> locations);
			}
		}));
		return server.getInstance(ClaimsLanguageServer.class);
	}
}
