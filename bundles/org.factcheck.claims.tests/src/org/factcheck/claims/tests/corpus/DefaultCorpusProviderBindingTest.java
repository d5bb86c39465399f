package org.factcheck.claims.tests.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.factcheck.claims.corpus.CorpusProvider;
import org.factcheck.claims.corpus.StoreCorpusProvider;
import org.factcheck.claims.tests.ClaimsInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Injector;

@ExtendWith(InjectionExtension.class)
@InjectWith(ClaimsInjectorProvider.class)
class DefaultCorpusProviderBindingTest {

	@Inject
	private Injector injector;

	@Test
	void runtimeModuleOpensCorporaWithTheStoreAndSharesTheCacheInTheInjector() {
		CorpusProvider provider = injector.getInstance(CorpusProvider.class);

		assertEquals(StoreCorpusProvider.class, provider.getClass());
		assertSame(provider, injector.getInstance(CorpusProvider.class));
	}
}
