import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a synthetic corpus of gnad-like news articles for the scale benchmarks: each document is a
 * real article of the gnad corpus with other numbers, a few lines of another article mixed in and
 * its own sign-off, so that documents differ (by content hash) while length, vocabulary and page
 * structure stay those of real news. A manifest.jsonl gives each document a title, publisher and
 * date, as in gnad. Nothing of the output is ever committed.
 *
 * <pre>
 * java releng/benchmarks/SyntheticCorpus.java GNAD_CORPUS OUT_DIR COUNT [SEED]
 * </pre>
 */
public final class SyntheticCorpus {

	private static final Pattern NUMBER = Pattern.compile("\\d+");
	private static final String[] PUBLISHERS = { "derstandard.at", "diepresse.com", "orf.at", "kurier.at", "wienerzeitung.at" };

	public static void main(String[] args) throws IOException {
		if (args.length < 3) {
			System.err.println("usage: java SyntheticCorpus.java GNAD_CORPUS OUT_DIR COUNT [SEED]");
			System.exit(2);
		}
		Path gnad = Path.of(args[0]);
		Path out = Files.createDirectories(Path.of(args[1]));
		int count = Integer.parseInt(args[2]);
		Random random = new Random(args.length > 3 ? Long.parseLong(args[3]) : 20241204L);
		List<List<String>> articles = new ArrayList<>();
		try (Stream<Path> files = Files.list(gnad)) {
			for (Path file : files.filter(f -> f.getFileName().toString().matches("gnad-.*\\.txt")).sorted().toList()) {
				articles.add(Files.readAllLines(file, StandardCharsets.UTF_8));
			}
		}
		if (articles.isEmpty()) {
			throw new IOException("no gnad-*.txt articles in " + gnad);
		}
		try (BufferedWriter manifest = Files.newBufferedWriter(out.resolve("manifest.jsonl"), StandardCharsets.UTF_8)) {
			for (int n = 0; n < count; n++) {
				List<String> base = articles.get(random.nextInt(articles.size()));
				List<String> other = articles.get(random.nextInt(articles.size()));
				List<String> lines = new ArrayList<>();
				for (String line : base) {
					lines.add(renumber(line, random));
				}
				int mixed = 1 + random.nextInt(3);
				for (int k = 0; k < mixed && !other.isEmpty(); k++) {
					lines.add(random.nextInt(lines.size() + 1), renumber(other.get(random.nextInt(other.size())), random));
				}
				int day = 1 + random.nextInt(28);
				int month = 1 + random.nextInt(12);
				int year = 2014 + random.nextInt(4);
				String publisher = PUBLISHERS[random.nextInt(PUBLISHERS.length)];
				lines.add("(APA, " + day + "." + month + "." + year + ")");
				String id = String.format("syn-%06d", n);
				Files.write(out.resolve(id + ".txt"), lines, StandardCharsets.UTF_8);
				String title = base.isEmpty() ? id : base.get(0);
				title = title.length() > 80 ? title.substring(0, 80) : title;
				manifest.write("{\"id\": \"" + id + "\", \"title\": \"" + json(title) + "\", \"publisher\": \"" + publisher
						+ "\", \"date\": \"" + String.format("%04d-%02d-%02d", year, month, day) + "\", \"section\": \"Inland\"}\n");
			}
		}
		System.out.println(count + " documents in " + out);
	}

	/** The line with each number replaced by another of the same length. */
	private static String renumber(String line, Random random) {
		Matcher number = NUMBER.matcher(line);
		StringBuilder renumbered = new StringBuilder(line.length());
		while (number.find()) {
			StringBuilder digits = new StringBuilder();
			for (int i = 0; i < number.group().length(); i++) {
				digits.append(i == 0 && number.group().length() > 1 ? 1 + random.nextInt(9) : random.nextInt(10));
			}
			number.appendReplacement(renumbered, digits.toString());
		}
		number.appendTail(renumbered);
		return renumbered.toString();
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}
}
