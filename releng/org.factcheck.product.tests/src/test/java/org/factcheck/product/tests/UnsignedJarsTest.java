package org.factcheck.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** releng/scripts/UnsignedJars.java, which derives the command line's configuration, run on a small product made here. */
class UnsignedJarsTest {

	private static final Path SCRIPT = Product.ROOT.resolve("releng/scripts/UnsignedJars.java");

	@TempDir
	Path folder;

	@Test
	void aJarThatIsMultiReleaseInNameOnlyIsCopiedWithoutTheHeaderAndOthersStayAsTheyAre() throws Exception {
		Path plugins = Files.createDirectories(folder.resolve("product/plugins"));
		jar(plugins.resolve("named_1.0.jar"), true, "a/A.class", "META-INF/versions/", "META-INF/versions/9/",
				"META-INF/versions/9/module-info.class");
		jar(plugins.resolve("versioned_1.0.jar"), true, "a/B.class", "META-INF/versions/11/a/B.class");
		jar(plugins.resolve("plain_1.0.jar"), false, "a/C.class");
		Path configuration = Files.createDirectories(folder.resolve("product/configuration-headless"));
		Files.writeString(configuration.resolve("config.ini"), "osgi.bundles=\n");
		Path bundles = Files.createDirectories(configuration.resolve("org.eclipse.equinox.simpleconfigurator"))
				.resolve("bundles.info");
		Files.write(bundles, List.of("named,1.0,plugins/named_1.0.jar,4,false",
				"versioned,1.0,plugins/versioned_1.0.jar,4,false", "plain,1.0,plugins/plain_1.0.jar,4,false"));

		run(folder.resolve("product"), configuration);

		List<String> lines = Files.readAllLines(bundles, StandardCharsets.UTF_8);
		Path copy = configuration.resolve("unsigned/named_1.0.jar");
		assertEquals("named,1.0," + copy.toUri() + ",4,false", lines.get(0));
		assertEquals("versioned,1.0,plugins/versioned_1.0.jar,4,false", lines.get(1));
		assertEquals("plain,1.0,plugins/plain_1.0.jar,4,false", lines.get(2));
		try (JarFile jar = new JarFile(copy.toFile())) {
			Attributes main = jar.getManifest().getMainAttributes();
			assertNull(main.getValue(Attributes.Name.MULTI_RELEASE));
			assertEquals("named", main.getValue("Bundle-SymbolicName"));
			assertNotNull(jar.getEntry("a/A.class"));
			assertNotNull(jar.getEntry("META-INF/versions/9/module-info.class"));
		}
	}

	private static void jar(Path file, boolean multiRelease, String... entries) throws IOException {
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().putValue("Bundle-SymbolicName", file.getFileName().toString().split("_")[0]);
		if (multiRelease) {
			manifest.getMainAttributes().put(Attributes.Name.MULTI_RELEASE, "true");
		}
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(file), manifest)) {
			for (String entry : entries) {
				out.putNextEntry(new ZipEntry(entry));
				if (!entry.endsWith("/")) {
					out.write(entry.getBytes(StandardCharsets.UTF_8));
				}
				out.closeEntry();
			}
		}
	}

	private static void run(Path product, Path configuration) throws Exception {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(java.toString(), SCRIPT.toString(), product.toString(), configuration.toString())
				.redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(2, TimeUnit.MINUTES), "UnsignedJars did not finish");
		assertEquals(0, process.exitValue(), output);
	}
}
