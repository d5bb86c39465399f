package org.factcheck.claims.tests.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.factcheck.claims.claims.ClaimFile;
import org.factcheck.claims.corpus.CorpusLocation;
import org.factcheck.claims.corpus.CorpusProvider;
import org.factcheck.claims.corpus.CorpusResolution;
import org.factcheck.claims.corpus.CorpusView;
import org.factcheck.claims.corpus.ModelCorpusView;
import org.factcheck.claims.corpus.StoreCorpusProvider;
import org.factcheck.claims.tests.ClaimsTestInjectorProvider;
import org.factcheck.claims.tests.ClaimsWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Injector;

@ExtendWith(InjectionExtension.class)
@InjectWith(ClaimsTestInjectorProvider.class)
class CorpusResolutionTest {

	@Inject
	private ClaimsWorkspace workspace;

	@Inject
	private CorpusProvider provider;

	@Inject
	private InMemoryCorpusProvider inMemory;

	@Inject
	private ParseHelper<ClaimFile> parseHelper;

	@Inject
	private Injector injector;

	@TempDir
	Path root;

	@BeforeEach
	void createWorkspace() {
		workspace.in(root);
	}

	@Test
	void corpusLineIsResolvedAgainstTheFolderOfTheFile() {
		ClaimFile file = workspace.parse("corpus \"../corpus\"\n");

		CorpusView view = provider.view(file.eResource()).orElseThrow();

		assertEquals(workspace.corpus(), view.directory());
		assertTrue(view.document("001_f7fa05fd70448d5b").isPresent());
	}

	@Test
	void absoluteCorpusLineStandsAsWritten() throws IOException {
		Path elsewhere = Files.createDirectories(root.resolve("anderswo/korpus"));
		ClaimFile file = workspace.parse("corpus \"" + elsewhere + "\"\n");

		assertEquals(elsewhere, provider.view(file.eResource()).orElseThrow().directory());
	}

	@Test
	void installedLocationOverridesTheCorpusLine() throws IOException {
		Path chosen = Files.createDirectories(root.resolve("gewaehlt"));
		ResourceSet resourceSet = workspace.newResourceSet();
		CorpusLocation.install(resourceSet, chosen, Optional.empty());
		ClaimFile file = workspace.parse("corpus \"../corpus\"\n", resourceSet);

		assertEquals(chosen, provider.view(file.eResource()).orElseThrow().directory());
	}

	@Test
	void installedLocationAppliesToFilesWithoutCorpusLine() throws IOException {
		Path chosen = Files.createDirectories(root.resolve("gewaehlt"));
		ResourceSet resourceSet = workspace.newResourceSet();
		CorpusLocation.install(resourceSet, chosen, Optional.empty());

		ClaimFile file = workspace.parse("claim a \"Text.\"\n", resourceSet);

		assertEquals(chosen, provider.view(file.eResource()).orElseThrow().directory());
	}

	@Test
	void installingAgainReplacesTheOverrideAndUninstallingRemovesIt() {
		ResourceSet resourceSet = workspace.newResourceSet();
		CorpusLocation.install(resourceSet, root.resolve("eins"), Optional.empty());
		CorpusLocation.install(resourceSet, root.resolve("zwei"), Optional.of(root.resolve("index")));

		CorpusLocation location = CorpusLocation.find(resourceSet).orElseThrow();
		assertEquals(root.resolve("zwei"), location.directory());
		assertEquals(Optional.of(root.resolve("index")), location.indexDirectory());
		assertEquals(1, resourceSet.eAdapters().stream().filter(CorpusLocation.class::isInstance).count());

		CorpusLocation.uninstall(resourceSet);
		assertEquals(Optional.empty(), CorpusLocation.find(resourceSet));
	}

	@Test
	void fileWithoutCorpusLineHasNoCorpus() {
		ClaimFile file = workspace.parse("claim a \"Text.\"\n");

		assertInstanceOf(CorpusResolution.None.class, provider.resolve(file.eResource()));
	}

	@Test
	void missingFolderIsUnavailableWithItsResolvedPath() {
		ClaimFile file = workspace.parse("corpus \"../fehlt\"\n");

		CorpusResolution.Unavailable unavailable = assertInstanceOf(CorpusResolution.Unavailable.class,
				provider.resolve(file.eResource()));
		assertEquals(Optional.of(root.resolve("fehlt")), unavailable.directory());
		assertEquals("the folder does not exist", unavailable.reason());
	}

	@Test
	void relativeCorpusLineOfAFileNotOnDiskCannotBeResolved() throws Exception {
		ClaimFile file = parseHelper.parse("corpus \"../corpus\"\n", URI.createURI("inmemory:/claims/test.claims"),
				workspace.newResourceSet());

		CorpusResolution.Unavailable unavailable = assertInstanceOf(CorpusResolution.Unavailable.class,
				provider.resolve(file.eResource()));
		assertEquals(Optional.empty(), unavailable.directory());
		assertTrue(unavailable.reason().contains("inmemory:/claims/test.claims is not a file on disk"),
				unavailable.reason());
	}

	@Test
	void corpusIsOpenedOnceForAllFilesThatUseIt() {
		ClaimFile first = workspace.parse("corpus \"../corpus\"\n", workspace.newResourceSet());
		ClaimFile second = workspace.parse("corpus \"" + workspace.corpus() + "\"\n", "other.claims",
				workspace.newResourceSet());

		CorpusView view = provider.view(first.eResource()).orElseThrow();

		assertSame(view, provider.view(second.eResource()).orElseThrow());
		assertEquals(1, inMemory.openCount(workspace.corpus()));
	}

	@Test
	void eachIndexFolderGetsItsOwnStore() {
		CorpusView withDefaultIndex = inMemory.resolve(workspace.corpus(), Optional.empty()).view().orElseThrow();
		CorpusView withOwnIndex = inMemory.resolve(workspace.corpus(), Optional.of(root.resolve("index"))).view()
				.orElseThrow();

		assertTrue(withDefaultIndex != withOwnIndex);
		assertEquals(2, inMemory.openCount(workspace.corpus()));
	}

	@Test
	void concurrentFirstRequestsOpenTheCorpusOnce() throws Exception {
		int threads = 8;
		CyclicBarrier start = new CyclicBarrier(threads);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<CorpusView>> views = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				views.add(pool.submit(() -> {
					start.await();
					return inMemory.resolve(workspace.corpus(), Optional.empty()).view().orElseThrow();
				}));
			}
			CorpusView first = views.get(0).get();
			for (Future<CorpusView> view : views) {
				assertSame(first, view.get());
			}
		} finally {
			pool.shutdownNow();
		}
		assertEquals(1, inMemory.openCount(workspace.corpus()));
	}

	@Test
	void corpusThatFailedToOpenIsTriedAgainAfterAWhile() {
		AtomicInteger attempts = new AtomicInteger();
		Instant[] clock = { Instant.parse("2024-06-21T10:00:00Z") };
		StoreCorpusProvider flaky = new StoreCorpusProvider() {
			@Override
			protected CorpusView open(Path directory, Optional<Path> indexDirectory) throws IOException {
				if (attempts.incrementAndGet() == 1) {
					throw new IOException("cache folder is not writable");
				}
				return new ModelCorpusView(directory, TestCorpus.load(directory));
			}

			@Override
			protected Instant now() {
				return clock[0];
			}
		};
		injector.injectMembers(flaky);

		CorpusResolution.Unavailable failed = assertInstanceOf(CorpusResolution.Unavailable.class,
				flaky.resolve(workspace.corpus(), Optional.empty()));
		assertEquals("it cannot be opened: cache folder is not writable", failed.reason());
		assertInstanceOf(CorpusResolution.Unavailable.class, flaky.resolve(workspace.corpus(), Optional.empty()));
		assertEquals(1, attempts.get(), "the failure is remembered");

		clock[0] = clock[0].plus(StoreCorpusProvider.RETRY_AFTER);
		assertInstanceOf(CorpusResolution.Available.class, flaky.resolve(workspace.corpus(), Optional.empty()));
		assertEquals(2, attempts.get());
	}

	@Test
	void folderCreatedAfterAFailedLookupIsFound() throws IOException {
		Path later = root.resolve("spaeter");
		assertInstanceOf(CorpusResolution.Unavailable.class, inMemory.resolve(later, Optional.empty()));

		Files.createDirectories(later);

		assertInstanceOf(CorpusResolution.Available.class, inMemory.resolve(later, Optional.empty()));
	}
}
