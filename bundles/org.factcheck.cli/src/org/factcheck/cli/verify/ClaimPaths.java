package org.factcheck.cli.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.factcheck.engine.batch.InputProblem;

/** Expands command-line paths into claim files: files as given, folders searched for {@code *.claims}. */
final class ClaimPaths {

	record Expanded(List<Path> files, List<InputProblem> problems) {
	}

	static Expanded expand(List<Path> paths) {
		List<Path> files = new ArrayList<>();
		List<InputProblem> problems = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				try (Stream<Path> walk = Files.walk(path)) {
					List<Path> found = walk.filter(p -> p.toString().endsWith(".claims") && Files.isRegularFile(p))
							.sorted().toList();
					if (found.isEmpty()) {
						problems.add(new InputProblem(path, 0, 0, "no *.claims files in this folder"));
					}
					files.addAll(found);
				} catch (IOException e) {
					problems.add(new InputProblem(path, 0, 0, "cannot list folder: " + e.getMessage()));
				}
			} else if (!Files.exists(path)) {
				problems.add(new InputProblem(path, 0, 0, "no such file or folder"));
			} else if (!path.toString().endsWith(".claims")) {
				problems.add(new InputProblem(path, 0, 0, "not a claim file (expected the extension .claims)"));
			} else {
				files.add(path);
			}
		}
		return new Expanded(files.stream().distinct().toList(), problems);
	}

	private ClaimPaths() {
	}
}
