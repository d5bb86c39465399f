package org.factcheck.claims.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.factcheck.claims.claims.ClaimFile;
import org.factcheck.claims.tests.ClaimsTestInjectorProvider;
import org.factcheck.claims.tests.ClaimsWorkspace;
import org.factcheck.claims.tests.DocumentedSurface;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

import com.google.inject.Inject;

/**
 * Reads random and mutated claim files (as bytes, through the resource's decoder) and validates
 * them, for {@value #DEFAULT_SECONDS} seconds (system property {@code factcheck.fuzz.seconds}),
 * with a fixed seed (property {@code factcheck.fuzz.seed}) so that a run can be repeated. No input
 * may throw, take longer than {@value #HANG_SECONDS} seconds, or yield an issue without a message
 * and position. A failing input is saved to {@code target/work/fuzz-failures}; keep it in
 * {@code reproducers} once fixed, where every run replays it first.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ClaimsTestInjectorProvider.class)
class ClaimFileFuzzTest {

	private static final int DEFAULT_SECONDS = 40;
	private static final int HANG_SECONDS = 10;
	private static final String REPRODUCERS = "/org/factcheck/claims/tests/fuzz/reproducers";

	private static final String[] TOKENS = { "claim", "claim", "claim", "cites", "quote", "asof", "expect", "corpus",
			"supported", "conflicting", "unsourced", ",", "\"", "\"Text.\"", "\"001_f7fa05fd70448d5b\"", "\"Zitat „so“\"",
			"\"unterbrochen", "\"\\u00fc\\n\\t\\\"\"", "\"\\x\"", "\"\\u12\"", "^quote", "name", "name-2", "_x", "Ärger",
			"2024-06-21", "2024-02-30", "21.06.2024", "2024-6-1", "/*", "*/", "/* /* */", "//", "// Kommentar\n", "\n",
			"\n", " ", "\t", "\r\n", "@", "@@@", "}", "{", "\u0000", "\uFEFF", "\u001B[31m", "\u0007", "\u202E", "\u00A0",
			"ß", "日本", "\uD83D\uDE00", "\uD800", "123", "-", "^", "\\" };

	@Inject
	private ClaimsWorkspace workspace;

	@Inject
	private ValidationTestHelper validation;

	@TempDir
	Path root;

	private ExecutorService executor;
	private int count;

	@BeforeEach
	void setUp() {
		workspace.in(root);
		executor = Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, "claims-fuzz");
			thread.setDaemon(true);
			return thread;
		});
	}

	@AfterEach
	void tearDown() {
		executor.shutdownNow();
	}

	@Test
	void reproducersAndRandomClaimFilesNeverFailOrHang() throws Exception {
		for (byte[] reproducer : reproducers()) {
			check(reproducer);
		}
		long seed = Long.getLong("factcheck.fuzz.seed", 20241204L);
		Random random = new Random(seed);
		List<byte[]> seeds = seeds();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.getLong("factcheck.fuzz.seconds", DEFAULT_SECONDS));
		int iterations = 0;
		while (System.nanoTime() < deadline) {
			byte[] input = switch (random.nextInt(3)) {
			case 0 -> generated(random).getBytes(StandardCharsets.UTF_8);
			case 1 -> mutated(seeds.get(random.nextInt(seeds.size())), random);
			default -> mutated(generated(random).getBytes(StandardCharsets.UTF_8), random);
			};
			check(input);
			iterations++;
		}
		assertTrue(iterations > 0);
		System.out.println("claim file fuzzing: " + iterations + " inputs, seed " + seed);
	}

	private void check(byte[] input) throws Exception {
		Path file = root.resolve("claims").resolve("fuzz" + count++ + ".claims");
		Files.write(file, input);
		Future<String> outcome = executor.submit(() -> {
			Resource resource = workspace.newResourceSet().getResource(URI.createFileURI(file.toString()), true);
			if (resource.getContents().isEmpty()) {
				return null;
			}
			for (Issue issue : validation.validate((ClaimFile) resource.getContents().get(0))) {
				if (issue.getMessage() == null || issue.getMessage().isBlank()) {
					return "an issue without a message: " + issue;
				}
				if (issue.getLineNumber() == null || issue.getLineNumber() < 1) {
					return "an issue without a line: " + issue;
				}
			}
			return null;
		});
		String problem;
		try {
			problem = outcome.get(HANG_SECONDS, TimeUnit.SECONDS);
		} catch (TimeoutException e) {
			outcome.cancel(true);
			problem = "no result within " + HANG_SECONDS + " s";
			executor.shutdownNow();
			executor = Executors.newSingleThreadExecutor();
		} catch (ExecutionException e) {
			problem = "an exception: " + e.getCause();
			e.getCause().printStackTrace();
		}
		Files.delete(file);
		if (problem != null) {
			fail(problem + "; input saved as " + saveFailure(input));
		}
	}

	private static Path saveFailure(byte[] input) throws IOException {
		Path folder = Files.createDirectories(Path.of("fuzz-failures").toAbsolutePath());
		Path saved = folder.resolve(String.format("%08x.claims", Arrays.hashCode(input)));
		Files.write(saved, input);
		return saved;
	}

	/** A claim file made of the language's tokens, stray characters and white space. */
	private static String generated(Random random) {
		StringBuilder text = new StringBuilder();
		int tokens = random.nextInt(200);
		for (int i = 0; i < tokens; i++) {
			text.append(TOKENS[random.nextInt(TOKENS.length)]);
			if (random.nextInt(3) > 0) {
				text.append(' ');
			}
		}
		return text.toString();
	}

	/** {@code input} with bytes flipped, inserted, deleted, repeated or cut. */
	private static byte[] mutated(byte[] input, Random random) {
		List<Byte> bytes = new ArrayList<>(input.length + 16);
		for (byte b : input) {
			bytes.add(b);
		}
		int mutations = 1 + random.nextInt(8);
		for (int m = 0; m < mutations; m++) {
			int at = bytes.isEmpty() ? 0 : random.nextInt(bytes.size());
			switch (random.nextInt(6)) {
			case 0 -> {
				if (!bytes.isEmpty()) {
					bytes.set(at, (byte) random.nextInt(256));
				}
			}
			case 1 -> bytes.add(at, (byte) random.nextInt(256));
			case 2 -> {
				if (!bytes.isEmpty()) {
					bytes.remove(at);
				}
			}
			case 3 -> {
				byte[] token = TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
				for (int k = token.length - 1; k >= 0; k--) {
					bytes.add(at, token[k]);
				}
			}
			case 4 -> {
				int length = Math.min(bytes.size() - at, random.nextInt(64));
				bytes.addAll(at, new ArrayList<>(bytes.subList(at, at + length)));
			}
			default -> {
				if (!bytes.isEmpty()) {
					bytes.subList(at, bytes.size()).clear();
				}
			}
			}
		}
		byte[] out = new byte[bytes.size()];
		for (int i = 0; i < out.length; i++) {
			out[i] = bytes.get(i);
		}
		return out;
	}

	/** Well-formed claim files to mutate: the documented surface and the seed examples. */
	private static List<byte[]> seeds() {
		return List.of(DocumentedSurface.TEXT.getBytes(StandardCharsets.UTF_8), """
				/* Kommentar */ claim ^quote "Text mit \\"Escapes\\" und \\u00fc." expect unsourced
				claim b "Zwei." cites "x" quote "y", "z" asof 2024-02-30 expect conflicting
				""".getBytes(StandardCharsets.UTF_8));
	}

	private List<byte[]> reproducers() throws IOException {
		List<byte[]> inputs = readReproducers(getClass(), REPRODUCERS, "*.claims");
		assertFalse(inputs.isEmpty(), "the reproducers are found in the test bundle");
		return inputs;
	}

	/** The files matching {@code pattern} in a folder of the test bundle's class path. */
	static List<byte[]> readReproducers(Class<?> type, String folder, String pattern) throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(type);
		List<byte[]> inputs = new ArrayList<>();
		if (bundle == null) {
			return inputs;
		}
		BundleWiring wiring = bundle.adapt(BundleWiring.class);
		List<String> names = new ArrayList<>(wiring.listResources(folder, pattern, 0));
		Collections.sort(names);
		for (String name : names) {
			try (InputStream in = wiring.getClassLoader().getResourceAsStream(name)) {
				inputs.add(in.readAllBytes());
			}
		}
		return inputs;
	}
}
