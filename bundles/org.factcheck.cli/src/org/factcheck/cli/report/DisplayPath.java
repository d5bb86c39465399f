package org.factcheck.cli.report;

import java.nio.file.Path;

/** Shows files relative to the working directory when they lie below it, as compilers do. */
public final class DisplayPath {

	private final Path workingDirectory;

	public DisplayPath(Path workingDirectory) {
		this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
	}

	public String show(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		return absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute).toString()
				: absolute.toString();
	}
}
