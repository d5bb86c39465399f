package org.factcheck.claims.tests.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.factcheck.claims.corpus.CorporaOpenedAhead;
import org.factcheck.claims.corpus.CorpusResolution;
import org.factcheck.claims.corpus.StoreCorpusProvider;
import org.factcheck.claims.tests.ClaimsTestInjectorProvider;
import org.factcheck.claims.tests.ClaimsWorkspace;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.corpus.store.ImportProgress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** A corpus opened before the claim language exists is the store the language's provider then uses. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ClaimsTestInjectorProvider.class)
class CorporaOpenedAheadTest {

	@Inject
	private ClaimsWorkspace workspace;

	@Inject
	private Injector injector;

	@TempDir
	Path root;

	private final StoreCorpusProvider provider = new StoreCorpusProvider();

	@BeforeEach
	void createWorkspace() throws IOException {
		workspace.in(root.resolve("workspace"));
		Files.writeString(workspace.corpus().resolve("bericht.txt"), "Der Stadtrat tagte am Montag.\n");
		injector.injectMembers(provider);
	}

	@AfterEach
	void closeStores() {
		provider.close();
	}

	private CorpusStore resolved(Path indexRoot) throws IOException {
		Path index = CorpusStore.cacheDirectoryUnder(indexRoot, workspace.corpus());
		CorpusResolution resolution = provider.resolve(workspace.corpus(), Optional.of(index));
		return assertInstanceOf(CorpusResolution.Available.class, resolution).corpusView().store().orElseThrow();
	}

	@Test
	void theProviderTakesTheStoreOpenedAheadInsteadOfOpeningTheCorpusAgain() throws IOException {
		Path index = root.resolve("index");
		CorpusStore ahead = CorporaOpenedAhead.open(workspace.corpus(), Optional.of(index), ImportProgress.NONE)
				.orElseThrow();

		assertSame(ahead, resolved(index));
		assertTrue(ahead.document("bericht").isPresent());
	}

	@Test
	void aStoreOpenedAheadWithAnotherIndexIsNotTakenAndIsClosedWithTheProvider() throws IOException {
		Path elsewhere = root.resolve("anderer-index");
		CorpusStore ahead = CorporaOpenedAhead.open(workspace.corpus(), Optional.of(elsewhere), ImportProgress.NONE)
				.orElseThrow();

		assertNotSame(ahead, resolved(root.resolve("index")));
		provider.close();
		assertEquals(Optional.empty(), CorporaOpenedAhead.open(root.resolve("fehlt"), Optional.of(elsewhere),
				ImportProgress.NONE));
		CorpusStore again = CorporaOpenedAhead.open(workspace.corpus(), Optional.of(elsewhere), ImportProgress.NONE)
				.orElseThrow();
		assertNotSame(ahead, again, "the untaken store was given up when the provider closed");
	}
}
