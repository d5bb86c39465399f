package org.factcheck.lsp.verification;

import java.net.URI;
import java.nio.file.Path;

/** Clients and Xtext spell file URIs differently ({@code file:/a} and {@code file:///a}); one spelling. */
public final class FileUris {

	private FileUris() {
	}

	public static String normalize(String uri) {
		try {
			URI parsed = URI.create(uri);
			return "file".equalsIgnoreCase(parsed.getScheme()) ? Path.of(parsed).toUri().toString() : uri;
		} catch (IllegalArgumentException e) {
			return uri;
		}
	}

	public static Path path(String uri) {
		return Path.of(URI.create(uri));
	}
}
