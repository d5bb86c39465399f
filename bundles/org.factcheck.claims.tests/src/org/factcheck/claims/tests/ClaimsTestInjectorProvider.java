package org.factcheck.claims.tests;

import org.factcheck.claims.ClaimsRuntimeModule;
import org.factcheck.claims.corpus.CorpusProvider;
import org.factcheck.claims.tests.corpus.InMemoryCorpusProvider;

/** The claim language's runtime injector with corpora served from memory by {@link InMemoryCorpusProvider}. */
public class ClaimsTestInjectorProvider extends ClaimsInjectorProvider {

	@Override
	protected ClaimsRuntimeModule createRuntimeModule() {
		return new ClaimsRuntimeModule() {
			@Override
			public ClassLoader bindClassLoaderToInstance() {
				return ClaimsTestInjectorProvider.this.getClass().getClassLoader();
			}

			@Override
			public Class<? extends CorpusProvider> bindCorpusProvider() {
				return InMemoryCorpusProvider.class;
			}
		};
	}
}
