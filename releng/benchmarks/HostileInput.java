import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes the hostile inputs of the robustness targets into a work folder (never the repository):
 * <ul>
 * <li>{@code big/big.txt}: a 50 MB document of news-like sentences, and {@code big.claims} citing it;</li>
 * <li>{@code lines/lines.txt}: 100,000 short lines, and {@code lines.claims} citing it;</li>
 * <li>{@code huge-claim.claims}: one claim with a 1 MB text, against the seed corpus;</li>
 * <li>{@code many.claims}: 20,000 claims in one file, against the seed corpus.</li>
 * </ul>
 *
 * <pre>
 * java releng/benchmarks/HostileInput.java OUT_DIR
 * </pre>
 */
public final class HostileInput {

	private static final String[] WORDS = { "die", "der", "das", "und", "Regierung", "Wien", "Minister", "sagte",
			"Montag", "Prozent", "Millionen", "Euro", "im", "Jahr", "Polizei", "an", "der", "Grenze", "hat", "mehr",
			"als", "Flüchtlinge", "Österreich", "Bundesheer", "Gemeinden", "Kanzler", "Verhandlungen", "Budget" };

	public static void main(String[] args) throws IOException {
		Path out = Files.createDirectories(Path.of(args[0]));
		Path seeds = Path.of(args.length > 1 ? args[1] : "examples/seeds/corpus").toAbsolutePath();
		Random random = new Random(50);
		Files.createDirectories(out.resolve("big"));
		try (BufferedWriter big = Files.newBufferedWriter(out.resolve("big/big.txt"), StandardCharsets.UTF_8)) {
			big.write("Eine sehr lange Meldung\n");
			long written = 0;
			int sentence = 0;
			while (written < 50_000_000L) {
				String line = sentence(random, sentence++) + (sentence % 7 == 0 ? "\n" : " ");
				big.write(line);
				written += line.length();
			}
			big.write("\nDie Regierung hat am Montag 500 neue Polizisten eingestellt.\n");
		}
		Files.writeString(out.resolve("big.claims"), "corpus \"big\"\n"
				+ "claim polizei \"Die Regierung hat am Montag 500 neue Polizisten eingestellt.\"\n    cites \"big\"\n");
		Files.createDirectories(out.resolve("lines"));
		try (BufferedWriter lines = Files.newBufferedWriter(out.resolve("lines/lines.txt"), StandardCharsets.UTF_8)) {
			for (int i = 0; i < 100_000; i++) {
				lines.write(WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " " + i + "\n");
			}
		}
		Files.writeString(out.resolve("lines.claims"),
				"corpus \"lines\"\nclaim zeile \"Die Regierung sagte am Montag nichts.\"\n    cites \"lines\"\n");
		StringBuilder huge = new StringBuilder();
		while (huge.length() < 1_000_000) {
			huge.append(sentence(random, huge.length())).append(' ');
		}
		Files.writeString(out.resolve("huge-claim.claims"),
				"corpus \"" + seeds + "\"\nclaim riesig \"" + huge + "\"\n");
		try (BufferedWriter many = Files.newBufferedWriter(out.resolve("many.claims"), StandardCharsets.UTF_8)) {
			many.write("corpus \"" + seeds + "\"\n");
			for (int i = 0; i < 20_000; i++) {
				many.write("claim c" + i + " \"" + sentence(random, i) + "\"\n");
				if (i % 3 == 0) {
					many.write("    cites \"003_5631f6e596cc8e95\"\n");
				}
			}
		}
	}

	private static String sentence(Random random, int n) {
		StringBuilder sentence = new StringBuilder("Am Montag sagte der Minister");
		int words = 6 + random.nextInt(14);
		for (int i = 0; i < words; i++) {
			sentence.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
		}
		return sentence.append(", es seien ").append(n % 1000).append(" Prozent.").toString();
	}
}
