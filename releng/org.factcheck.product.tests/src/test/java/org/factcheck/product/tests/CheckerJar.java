package org.factcheck.product.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A checker plug-in built from source the way a third party would: compiled against the
 * product's checker API and packaged as one bundle jar with its plugin.xml.
 */
final class CheckerJar {

	private CheckerJar() {
	}

	/**
	 * @param symbolicName the bundle's name, also the package of {@code className}
	 * @param className    the checker class (simple name)
	 * @param body         the body of {@code check(Claim claim, CheckContext context)}
	 */
	static Path build(Path folder, Path product, String symbolicName, String className, String body) throws IOException {
		Path sources = Files.createDirectories(folder.resolve(symbolicName + "/src/" + symbolicName.replace('.', '/')));
		Path source = sources.resolve(className + ".java");
		Files.writeString(source, """
				package %s;

				import java.util.List;

				import org.factcheck.checker.CheckContext;
				import org.factcheck.checker.Checker;
				import org.factcheck.checker.Claim;
				import org.factcheck.checker.Finding;

				public final class %s implements Checker {
					@Override
					public List<Finding> check(Claim claim, CheckContext context) {
						%s
					}
				}
				""".formatted(symbolicName, className, body));
		Path classes = Files.createDirectories(folder.resolve(symbolicName + "/classes"));
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		int status = compiler.run(null, null, null, "--release", "21", "-d", classes.toString(), "-cp", apiClasspath(product),
				source.toString());
		if (status != 0) {
			throw new IllegalStateException("the checker " + className + " does not compile");
		}
		Path jar = folder.resolve(symbolicName + "_1.0.0.jar");
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", symbolicName + ";singleton:=true");
		main.putValue("Bundle-Version", "1.0.0");
		main.putValue("Bundle-Name", className);
		main.putValue("Require-Bundle", "org.factcheck.checker");
		main.putValue("Bundle-RequiredExecutionEnvironment", "JavaSE-21");
		try (OutputStream stream = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(stream, manifest)) {
			out.putNextEntry(new JarEntry("plugin.xml"));
			out.write("""
					<?xml version="1.0" encoding="UTF-8"?>
					<?eclipse version="3.4"?>
					<plugin>
					   <extension point="org.factcheck.checker.checkers">
					      <checker id="%s" name="%s" class="%s.%s" cost="fast"/>
					   </extension>
					</plugin>
					""".formatted(symbolicName, className, symbolicName, className).getBytes(StandardCharsets.UTF_8));
			try (Stream<Path> files = Files.walk(classes)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
					out.write(Files.readAllBytes(file));
				}
			}
		}
		return jar;
	}

	/** The product's checker API and corpus model jars. */
	private static String apiClasspath(Path product) throws IOException {
		List<String> jars = new ArrayList<>();
		try (Stream<Path> plugins = Files.list(product.resolve("plugins"))) {
			for (Path plugin : plugins.toList()) {
				String name = plugin.getFileName().toString();
				if (name.matches("(org\\.factcheck\\.checker|org\\.factcheck\\.corpus|org\\.eclipse\\.emf\\.(ecore|common))_.*\\.jar")) {
					jars.add(plugin.toString());
				}
			}
		}
		return String.join(java.io.File.pathSeparator, jars);
	}
}
