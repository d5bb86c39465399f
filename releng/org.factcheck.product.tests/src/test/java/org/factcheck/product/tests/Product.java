package org.factcheck.product.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A copy of the materialised product, driven through {@code ./factcheck} with
 * {@code FACTCHECK_PRODUCT} pointing at the copy — the way a user runs an installed product.
 */
final class Product {

	/** The repository root (the build passes it; tests started from the module fall back to ../..). */
	static final Path ROOT = Path.of(System.getProperty("factcheck.root", "../..")).toAbsolutePath().normalize();

	static final Path BUILT = ROOT.resolve("releng/org.factcheck.product/target/products/org.factcheck.product/linux/gtk/x86_64/factcheck");

	/** The extra checkers' update site as a folder and as a zip. */
	static final Path SITE = ROOT.resolve("releng/org.factcheck.extra.site/target/repository");

	static final Path SEEDS = ROOT.resolve("examples/seeds/corpus");

	private static final long TIMEOUT_MINUTES = 5;

	private final Path home;
	private final Path index;

	private Product(Path home, Path index) {
		this.home = home;
		this.index = index;
	}

	/** A fresh copy of the built product in {@code folder}. */
	static Product copyInto(Path folder) throws IOException {
		if (!Files.isDirectory(BUILT.resolve("plugins"))) {
			throw new IllegalStateException("the product is not built: " + BUILT);
		}
		Path home = folder.resolve("factcheck");
		copyTree(BUILT, home);
		return new Product(home, Files.createDirectories(folder.resolve("index")));
	}

	static Path siteZip() throws IOException {
		try (Stream<Path> files = Files.list(SITE.getParent())) {
			return files.filter(f -> f.getFileName().toString().matches("org\\.factcheck\\.extra\\.site-.*\\.zip")).findFirst()
					.orElseThrow(() -> new IllegalStateException("no zip of the extra-checkers site in " + SITE.getParent()));
		}
	}

	Path home() {
		return home;
	}

	/** The outcome of one {@code ./factcheck} command. */
	record Run(int exit, String out, String err) {

		JsonNode json() {
			try {
				return new ObjectMapper().readTree(out);
			} catch (IOException e) {
				throw new AssertionError("not JSON: " + out + "\nstderr: " + err, e);
			}
		}

		@Override
		public String toString() {
			return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
		}
	}

	/** Runs {@code ./factcheck ARGS} on this product copy. */
	Run run(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add("bash");
		command.add(ROOT.resolve("factcheck").toString());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
		builder.environment().put("FACTCHECK_PRODUCT", home.toString());
		builder.environment().put("XDG_CACHE_HOME", index.toString());
		Path out = Files.createTempFile(index, "out", ".txt");
		Path err = Files.createTempFile(index, "err", ".txt");
		builder.redirectOutput(out.toFile()).redirectError(err.toFile());
		Process process = builder.start();
		if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("./factcheck " + String.join(" ", args) + " did not finish within " + TIMEOUT_MINUTES + " minutes");
		}
		return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
	}

	/** verify --format json with a private index folder; the report's JSON. */
	Run verifyJson(String... args) throws IOException, InterruptedException {
		List<String> all = new ArrayList<>(List.of("verify", "--format", "json", "--index", index.resolve("corpora").toString()));
		all.addAll(List.of(args));
		return run(all.toArray(String[]::new));
	}

	/**
	 * What p2 and the launcher read of the installation: the bundles the product starts with, its
	 * features and the p2 profile's state files. Equal fingerprints mean the product was not changed.
	 * The profile's {@code .data} folder is left out: it holds p2's own settings (the repository
	 * managers' memory of its download cache), which p2 writes on first use.
	 */
	String fingerprint() throws IOException {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String part : List.of("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info", "features",
					"plugins", "p2/org.eclipse.equinox.p2.engine/profileRegistry")) {
				Path path = home.resolve(part);
				if (Files.isRegularFile(path)) {
					digest.update(Files.readAllBytes(path));
				} else if (Files.isDirectory(path)) {
					try (Stream<Path> files = Files.walk(path)) {
						for (Path file : files.filter(f -> !f.toString().contains("/.data/") && !f.endsWith(".data")).sorted().toList()) {
							digest.update(home.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
						}
					}
				}
			}
			return HexFormat.of().formatHex(digest.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static void copyTree(Path from, Path to) throws IOException {
		Files.walkFileTree(from, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
				Files.createDirectories(to.resolve(from.relativize(dir).toString()));
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES,
						LinkOption.NOFOLLOW_LINKS);
				return FileVisitResult.CONTINUE;
			}
		});
	}

	static void write(Path file, String text) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, text, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
