package org.factcheck.ui.editor.tests.harness;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/**
 * A workspace project with the repository's seed corpus ({@code examples/seeds/corpus}, found
 * through the {@code factcheck.examples} property the build sets) in its {@code corpus} folder,
 * created once per test run and shared, so the corpus is imported once.
 */
public final class SeedProject {

	public static final String NAME = "seeds";

	/** The publisher the project's manifest gives two of the seed documents. */
	public static final String PUBLISHER = "Testnachrichten";

	/**
	 * Metadata the seed texts lack (publisher, date, URL), as a corpus manifest gives it, so that
	 * hovers and fixes have something to show.
	 */
	private static final String MANIFEST = """
			{"id": "004_cf013e87bb0c4974", "title": "Russland ist bereit, Nordkorea zu bewaffnen – Drohung „unglaublich besorgniserregend“", "url": "https://nachrichten.example/004", "publisher": "Testnachrichten", "date": "2024-06-20"}
			{"id": "001_f7fa05fd70448d5b", "title": "Yoon Suk Yeol empfängt ukrainische Delegation in Seoul", "url": "https://nachrichten.example/001", "publisher": "Testnachrichten", "date": "2024-11-27"}
			""";

	private SeedProject() {
	}

	/** The repository's {@code examples} folder. */
	public static Path examples() {
		String property = System.getProperty("factcheck.examples");
		if (property == null) {
			throw new IllegalStateException("the build sets factcheck.examples to the repository's examples folder");
		}
		return Path.of(property);
	}

	public static synchronized IProject get() throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(NAME);
		if (project.exists()) {
			project.open(null);
			return project;
		}
		project.create(null);
		project.open(null);
		IFolder corpus = project.getFolder("corpus");
		corpus.create(true, true, null);
		try (Stream<Path> documents = Files.list(examples().resolve("seeds/corpus"))) {
			for (Path document : documents.filter(path -> path.toString().endsWith(".txt")).sorted().toList()) {
				try (InputStream in = Files.newInputStream(document)) {
					corpus.getFile(document.getFileName().toString()).create(in, true, null);
				}
			}
		}
		corpus.getFile("manifest.jsonl").create(new ByteArrayInputStream(MANIFEST.getBytes(StandardCharsets.UTF_8)), true,
				null);
		return project;
	}

	/** Creates or replaces a claim file in the project. */
	public static IFile claimFile(String name, String text) throws CoreException, IOException {
		IFile file = get().getFile(name);
		ByteArrayInputStream contents = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(contents, true, false, null);
		} else {
			file.create(contents, true, null);
		}
		file.setCharset(StandardCharsets.UTF_8.name(), null);
		return file;
	}

	/** The text of a file on disk. */
	public static String read(IFile file) throws IOException {
		return Files.readString(file.getLocation().toFile().toPath(), StandardCharsets.UTF_8);
	}
}
