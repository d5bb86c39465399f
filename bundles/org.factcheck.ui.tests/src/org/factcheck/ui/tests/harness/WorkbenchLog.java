package org.factcheck.ui.tests.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;

/** The entries of the workbench's log file ({@code .metadata/.log}) as written so far. */
public final class WorkbenchLog {

	private WorkbenchLog() {
	}

	/** Each logged error (severity 4) with its message line, e.g. {@code !ENTRY org.x 4 0 …} + {@code !MESSAGE …}. */
	public static List<String> errors() throws IOException {
		Path log = Platform.getLogFileLocation().toFile().toPath();
		if (!Files.exists(log)) {
			return List.of();
		}
		List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
		List<String> errors = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String[] entry = lines.get(i).split(" ");
			if (entry.length > 2 && entry[0].equals("!ENTRY") && entry[2].equals("4")) {
				String message = i + 1 < lines.size() ? lines.get(i + 1) : "";
				errors.add(lines.get(i) + " " + message);
			}
		}
		return errors;
	}
}
