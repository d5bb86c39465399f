package org.factcheck.claims.tests;

import org.factcheck.claims.ClaimsRuntimeModule;
import org.factcheck.claims.corpus.CorpusProvider;
import org.factcheck.claims.headless.ClaimsHeadlessModule;
import org.factcheck.claims.tests.corpus.InMemoryCorpusProvider;

/** The command line's injector of the claim language with corpora served from memory by {@link InMemoryCorpusProvider}. */
public class ClaimsHeadlessTestInjectorProvider extends ClaimsInjectorProvider {

	@Override
	protected ClaimsRuntimeModule createRuntimeModule() {
		return new ClaimsHeadlessModule() {
			@Override
			public ClassLoader bindClassLoaderToInstance() {
				return ClaimsHeadlessTestInjectorProvider.this.getClass().getClassLoader();
			}

			@Override
			public Class<? extends CorpusProvider> bindCorpusProvider() {
				return InMemoryCorpusProvider.class;
			}
		};
	}
}
