package org.factcheck.install;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where plug-ins are installed from: a p2 repository given as a folder, a zip file of one, or a
 * URL ({@code file:}, {@code http:}, {@code https:}, {@code jar:}).
 *
 * @param given    the site as the user wrote it
 * @param location the repository's URI for p2 ({@code jar:file:/…/site.zip!/} for a zip)
 */
public record PluginSite(String given, URI location) {

	/** The site the user named; folders and zip files must exist. */
	public static PluginSite of(String given) throws InstallProblem {
		String lower = given.toLowerCase(Locale.ROOT);
		if (lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("file:") || lower.startsWith("jar:")) {
			try {
				return new PluginSite(given, new URI(given));
			} catch (URISyntaxException e) {
				throw new InstallProblem("The site " + given + " is not a valid URL (" + e.getReason() + ").");
			}
		}
		Path path = Path.of(given).toAbsolutePath().normalize();
		if (Files.isDirectory(path)) {
			return new PluginSite(given, path.toUri());
		}
		if (Files.isRegularFile(path) && lower.endsWith(".zip")) {
			return new PluginSite(given, URI.create("jar:" + path.toUri() + "!/"));
		}
		if (Files.exists(path)) {
			throw new InstallProblem("The site " + given + " is neither a folder nor a .zip file of a p2 repository.");
		}
		throw new InstallProblem("The site " + given + " does not exist.");
	}

	@Override
	public String toString() {
		return given;
	}
}
