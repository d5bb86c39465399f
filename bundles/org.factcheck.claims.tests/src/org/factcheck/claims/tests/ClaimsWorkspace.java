package org.factcheck.claims.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.factcheck.claims.claims.ClaimFile;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * A folder with a {@code corpus} folder and a {@code claims} folder, in which claim files are
 * parsed under their file URIs so that {@code corpus "../corpus"} resolves.
 */
public class ClaimsWorkspace {

	@Inject
	private ParseHelper<ClaimFile> parseHelper;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	private Path root;

	/** Uses {@code root} and creates its {@code corpus} and {@code claims} folders. */
	public ClaimsWorkspace in(Path root) {
		this.root = root.toAbsolutePath().normalize();
		try {
			Files.createDirectories(corpus());
			Files.createDirectories(this.root.resolve("claims"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return this;
	}

	public Path root() {
		return root;
	}

	public Path corpus() {
		return root.resolve("corpus");
	}

	public ResourceSet newResourceSet() {
		return resourceSets.get();
	}

	/** Parses {@code text} as {@code claims/test.claims} in a new resource set. */
	public ClaimFile parse(String text) {
		return parse(text, newResourceSet());
	}

	/** Parses {@code text} as {@code claims/test.claims} in the given resource set. */
	public ClaimFile parse(String text, ResourceSet resourceSet) {
		return parse(text, "test.claims", resourceSet);
	}

	public ClaimFile parse(String text, String fileName, ResourceSet resourceSet) {
		try {
			return parseHelper.parse(text, URI.createFileURI(root.resolve("claims").resolve(fileName).toString()),
					resourceSet);
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	public static XtextResource resource(ClaimFile file) {
		return (XtextResource) file.eResource();
	}
}
