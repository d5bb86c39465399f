package org.factcheck.cli.tests.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.factcheck.cli.tests.CommandRun;

/**
 * A claim file against the seed corpus with one claim of each kind a report must show: supported
 * and conflicting as expected, unsourced, a failed expectation, and a citation of an unknown
 * document (bad input); and the report {@code verify} writes of it.
 */
final class ReportRun {

	static final String CLAIMS = """
			claim containers "Nordkorea hat nach Angaben aus Südkorea mindestens 10.000 Container nach Russland geliefert."
			    cites "004_cf013e87bb0c4974"
			    expect supported

			claim us_soldiers "In Südkorea sind 18.500 US-Soldaten stationiert."
			    cites "000_8c535eb6db9358b5"
			    expect conflicting

			claim eu_envoy "Die Europäische Union ernannte einen Sonderbeauftragten für die koreanische Halbinsel."

			claim soldiers "Laut südkoreanischem Geheimdienst sollen bereits 3.000 nordkoreanische Soldaten nach Russland entsandt worden sein."
			    cites "003_5631f6e596cc8e95"
			    expect conflicting

			claim unknown "Ein Dokument, das es nicht gibt." cites "999_unbekannt"
			""";

	private ReportRun() {
	}

	/** Writes the claim file into {@code folder} and runs {@code verify} with {@code args} on it. */
	static CommandRun verify(Path folder, String... args) throws IOException {
		return verify(folder, CommandRun.seedCorpus(), CLAIMS, args);
	}

	static CommandRun verify(Path folder, Path corpus, String claims, String... args) throws IOException {
		Path file = folder.resolve("report.claims");
		Files.writeString(file, "corpus \"" + corpus + "\"\n\n" + claims, StandardCharsets.UTF_8);
		String[] command = new String[args.length + 4];
		command[0] = "verify";
		command[1] = "--index";
		command[2] = folder.resolve("index").toString();
		System.arraycopy(args, 0, command, 3, args.length);
		command[command.length - 1] = file.toString();
		return CommandRun.of(command);
	}
}
