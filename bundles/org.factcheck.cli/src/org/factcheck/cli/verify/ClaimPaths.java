package org.factcheck.cli.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.factcheck.engine.batch.InputProblem;

/**
 * Expands command-line paths into claim files: files as given, folders searched for regular
 * {@code *.claims} files (links are not followed into other folders). A folder or file that cannot
 * be read is a problem; the readable files beside it are still found. Named pipes and other special
 * files are never opened.
 */
final class ClaimPaths {

	static final String EXTENSION = ".claims";

	record Expanded(List<Path> files, List<InputProblem> problems) {

		private static final Pattern CLAIM_LINE = Pattern.compile("^\\s*claim\\s");

		/**
		 * Whether some file has a line that starts with the keyword {@code claim}: a cheap look, before
		 * parsing, at whether the run will verify anything (it decides only whether the checkers are
		 * prepared in the background, never which claims are checked).
		 */
		boolean mayHoldClaims() {
			for (Path file : files) {
				if (!Files.isRegularFile(file)) {
					continue;
				}
				try (Stream<String> lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
					if (lines.anyMatch(line -> CLAIM_LINE.matcher(line).find())) {
						return true;
					}
				} catch (IOException | UncheckedIOException e) {
					// the loader reports the file
				}
			}
			return false;
		}
	}

	static Expanded expand(List<Path> paths) {
		List<Path> files = new ArrayList<>();
		List<InputProblem> problems = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				int before = files.size();
				int problemsBefore = problems.size();
				walk(path, files, problems);
				if (files.size() == before && problems.size() == problemsBefore) {
					problems.add(new InputProblem(path, 0, 0, "no *.claims files in this folder"));
				}
			} else if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
				problems.add(new InputProblem(path, 0, 0, "no such file or folder"));
			} else if (!Files.exists(path)) {
				problems.add(new InputProblem(path, 0, 0, "a link to a file that does not exist"));
			} else if (!path.toString().endsWith(EXTENSION)) {
				problems.add(new InputProblem(path, 0, 0, "not a claim file (expected the extension .claims)"));
			} else if (!Files.isRegularFile(path)) {
				problems.add(new InputProblem(path, 0, 0, "not a regular file (a named pipe, device or socket); never opened"));
			} else {
				files.add(path);
			}
		}
		return new Expanded(files.stream().distinct().toList(), problems);
	}

	private static void walk(Path folder, List<Path> files, List<InputProblem> problems) {
		List<Path> found = new ArrayList<>();
		try {
			Files.walkFileTree(folder, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					if (file.toString().endsWith(EXTENSION)) {
						if (attributes.isRegularFile()) {
							found.add(file);
						} else if (!attributes.isSymbolicLink()) {
							problems.add(new InputProblem(file, 0, 0, "not a regular file; never opened"));
						} else if (Files.isRegularFile(file)) {
							found.add(file);
						}
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException e) {
					problems.add(new InputProblem(file, 0, 0, "cannot read (" + reason(e) + "); claim files there are not checked"));
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			problems.add(new InputProblem(folder, 0, 0, "cannot list this folder (" + reason(e) + ")"));
		}
		found.sort(null);
		files.addAll(found);
	}

	private static String reason(IOException e) {
		if (e instanceof java.nio.file.AccessDeniedException) {
			return "permission denied";
		}
		String message = e.getMessage();
		String reason = e.getClass().getSimpleName().replace("Exception", "");
		return message != null && message.contains(": ") ? message.substring(message.lastIndexOf(": ") + 2) : reason;
	}

	private ClaimPaths() {
	}
}
