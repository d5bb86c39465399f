package org.factcheck.ui.projects;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.factcheck.ui.corpora.DocumentFiles;
import org.factcheck.ui.corpora.WorkspaceCorpora;

/**
 * The example project a new user starts with: the seed corpus (five German news articles, page
 * furniture included) and the example claim files, copied from the product's {@code examples}
 * folder (the system property {@value #EXAMPLES_PROPERTY} names it; {@code ./factcheck ide} sets it).
 */
public final class ExampleProject {

	public static final String EXAMPLES_PROPERTY = "factcheck.examples";
	public static final String NAME = "examples";
	/** The example set the project is made of, below the examples folder. */
	static final String SEEDS = "seeds";

	private ExampleProject() {
	}

	/** The examples folder of the product, when it is known and exists. */
	public static Optional<Path> examplesFolder() {
		String value = System.getProperty(EXAMPLES_PROPERTY);
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		Path folder = Path.of(value).toAbsolutePath().normalize();
		return Files.isDirectory(folder.resolve(SEEDS)) ? Optional.of(folder) : Optional.empty();
	}

	/**
	 * Creates project {@code name} with the seed corpus in {@code corpus/} and the seed claim files
	 * beside it, in one workspace operation.
	 *
	 * @return the claim files created
	 */
	public static List<IFile> create(IWorkspace workspace, String name, Path examples, IProgressMonitor monitor)
			throws CoreException {
		Path seeds = examples.resolve(SEEDS);
		List<Path> claimFiles = list(seeds, path -> path.getFileName().toString().endsWith(".claims"));
		List<Path> documents = list(seeds.resolve(WorkspaceCorpora.PROJECT_CORPUS_FOLDER),
				path -> DocumentFiles.isCorpusFile(path.getFileName().toString())
						|| path.getFileName().toString().startsWith("LICENSE"));
		IProject project = workspace.getRoot().getProject(name);
		IWorkspaceRunnable creation = progress -> {
			SubMonitor steps = SubMonitor.convert(progress, "Creating the example project", 2 + claimFiles.size() + documents.size());
			if (!project.exists()) {
				project.create(steps.split(1));
			}
			project.open(steps.split(1));
			IFolder corpus = project.getFolder(WorkspaceCorpora.PROJECT_CORPUS_FOLDER);
			for (Path document : documents) {
				ProjectFiles.copy(document, corpus.getFile(document.getFileName().toString()), steps.split(1));
			}
			for (Path claims : claimFiles) {
				ProjectFiles.copy(claims, project.getFile(claims.getFileName().toString()), steps.split(1));
			}
		};
		workspace.run(creation, workspace.getRoot(), IWorkspace.AVOID_UPDATE, monitor);
		return claimFiles.stream().map(path -> project.getFile(path.getFileName().toString())).toList();
	}

	private static List<Path> list(Path folder, java.util.function.Predicate<Path> filter) throws CoreException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile).filter(filter).sorted().toList();
		} catch (IOException e) {
			throw new CoreException(Status.error("Cannot read the examples in " + folder + ": " + e.getMessage(), e));
		}
	}
}
