package org.factcheck.ui.tests.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.PlatformUI;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.preferences.FactcheckPreferences;
import org.factcheck.ui.projects.ExampleProject;

/**
 * Workspace projects made of the repository's examples, as a user gets them (the product's own
 * example project code), with corpora cached below a folder of this test run.
 */
public final class TestProjects {

	private static Path cache;

	private TestProjects() {
	}

	/** The repository's examples folder (the build passes it as {@code factcheck.examples}). */
	public static Path examples() {
		return ExampleProject.examplesFolder().orElseThrow(() -> new AssertionError(
				"system property factcheck.examples does not name the repository's examples folder"));
	}

	/** A project {@code name} with the seed corpus in {@code corpus/} and {@code verdicts.claims}. */
	public static IProject seeds(String name) throws CoreException {
		useTestCache();
		List<IFile> files = ExampleProject.create(ResourcesPlugin.getWorkspace(), name, examples(), null);
		return files.get(0).getProject();
	}

	/** The seed project's claim file. */
	public static IFile verdicts(IProject project) {
		return project.getFile("verdicts.claims");
	}

	/** Keeps corpus caches of the tests below a temporary folder, like {@code --index}. */
	public static synchronized void useTestCache() {
		if (cache == null) {
			try {
				cache = Files.createTempDirectory("factcheck-ui-tests-cache");
				Path folder = cache;
				Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(folder)));
			} catch (IOException e) {
				throw new AssertionError(e);
			}
		}
		FactcheckUi.getDefault().getPreferenceStore().setValue(FactcheckPreferences.CORPUS_CACHE, cache.toString());
	}

	/** Deletes a folder with its content, or a file; what cannot be deleted is left. */
	public static void deleteTree(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		} catch (IOException | UncheckedIOException e) {
			// a folder below the system's temporary folder: left for the system to clean
		}
	}

	/** Closes all editors and deletes the project with its content. */
	public static void delete(IProject project) throws CoreException {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		if (project != null && project.exists()) {
			project.delete(true, true, null);
		}
		EventLoop.flush();
	}
}
