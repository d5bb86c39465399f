package org.factcheck.claims.corpus;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.factcheck.claims.claims.ClaimFile;

/** Resolves the folder a claim file's {@code corpus "DIR"} line names. */
public class CorpusLocator {

	/**
	 * The outcome of resolving a {@code corpus} line.
	 *
	 * @param directory the absolute, normalised folder, when it could be resolved
	 * @param problem   why it could not be, otherwise
	 */
	public record Resolved(Optional<Path> directory, Optional<String> problem) {

		static Resolved to(Path directory) {
			return new Resolved(Optional.of(directory.toAbsolutePath().normalize()), Optional.empty());
		}

		static Resolved failed(String problem) {
			return new Resolved(Optional.empty(), Optional.of(problem));
		}
	}

	/** The {@code corpus} line of the resource's claim file, if it has one. */
	public Optional<String> corpusLine(Resource claims) {
		if (claims == null || claims.getContents().isEmpty()
				|| !(claims.getContents().get(0) instanceof ClaimFile file)) {
			return Optional.empty();
		}
		return Optional.ofNullable(file.getCorpus());
	}

	/** Resolves {@code line} against the folder of the claims file; absolute paths stand as written. */
	public Resolved resolve(Resource claims, String line) {
		if (line.isBlank()) {
			return Resolved.failed("the corpus folder is empty: name a folder, e.g. corpus \"../corpus\"");
		}
		Path written;
		try {
			written = Path.of(line);
		} catch (InvalidPathException e) {
			return Resolved.failed("\"" + line + "\" is not a valid folder name: " + e.getReason());
		}
		if (written.isAbsolute()) {
			return Resolved.to(written);
		}
		return fileFolder(claims)
				.map(folder -> Resolved.to(folder.resolve(written)))
				.orElseGet(() -> Resolved.failed("the relative corpus folder \"" + line
						+ "\" cannot be resolved because " + describe(claims) + " is not a file on disk"));
	}

	/** The folder that contains the claims file, when the resource is a file on disk. */
	public Optional<Path> fileFolder(Resource claims) {
		URI uri = claims == null ? null : claims.getURI();
		if (uri == null) {
			return Optional.empty();
		}
		ResourceSet resourceSet = claims.getResourceSet();
		if (resourceSet != null) {
			uri = resourceSet.getURIConverter().normalize(uri);
		}
		if (uri.isPlatform()) {
			uri = CommonPlugin.resolve(uri);
		}
		if (!uri.isFile() || uri.isRelative()) {
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(Path.of(uri.toFileString()).toAbsolutePath().getParent());
		} catch (InvalidPathException e) {
			return Optional.empty();
		}
	}

	private static String describe(Resource claims) {
		return claims == null || claims.getURI() == null ? "the claims" : claims.getURI().toString();
	}
}
