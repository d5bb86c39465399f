import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Makes the command line's OSGi configuration run from copies of the product's jars without their
 * signature files, so that Java's class-data sharing can archive their classes (it leaves out every
 * class of a signed jar) and the framework's jars are not verified on every start. The product's
 * own jars are not changed; the copies live in the configuration folder and are made again with it.
 *
 * <pre>
 * java releng/scripts/UnsignedJars.java PRODUCT CONFIGURATION [FINAL_CONFIGURATION]
 * </pre>
 *
 * Rewrites {@code CONFIGURATION/org.eclipse.equinox.simpleconfigurator/bundles.info} and
 * {@code CONFIGURATION/config.ini} to name the copies (and the product's jars without signatures as
 * they are), and writes the launcher's copy to {@code CONFIGURATION/unsigned/launcher.jar}. The
 * copies are named by their place in {@code FINAL_CONFIGURATION}, where the configuration folder is
 * moved once it is complete (default: where it is).
 * <p>
 * A jar that says it is multi-release although it holds nothing for a later Java than its own but
 * module descriptors (Guava, Gson, Jackson's data binding, picocli, SLF4J) is copied too, without
 * that header: for such a jar the framework looks for a folder {@code META-INF/versions/N/} for
 * every Java version from the running one down to 9, and each folder it does not find costs a scan
 * of all the jar's entries (16 scans of Guava's 2,000 entries on Java 25), in every run. The OSGi
 * framework reads no module descriptor, so without the header the jar's classes are the same.
 */
public final class UnsignedJars {

	private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)", Pattern.CASE_INSENSITIVE);
	private static final Pattern BUNDLE_REFERENCE = Pattern.compile("(reference:file:)?([^@,]+\\.jar)(@[^,]*)?");

	public static void main(String[] args) throws IOException {
		Path product = Path.of(args[0]).toAbsolutePath().normalize();
		Path configuration = Path.of(args[1]).toAbsolutePath().normalize();
		Path unsigned = Files.createDirectories(configuration.resolve("unsigned"));
		Path moved = args.length > 2 ? Path.of(args[2]).toAbsolutePath().normalize() : configuration;

		// The framework finds its extensions and the bundles it starts first beside its own jar.
		Path ini = configuration.resolve("config.ini");
		Properties config = new Properties();
		try (Reader in = Files.newBufferedReader(ini, StandardCharsets.ISO_8859_1)) {
			config.load(in);
		}
		Map<String, Path> copies = new HashMap<>();
		String framework = config.getProperty("osgi.framework", "");
		if (framework.startsWith("file:") && framework.endsWith(".jar")) {
			Path jar = product.resolve(framework.substring("file:".length()));
			copies.put(jar.getFileName().toString(), copyWithoutSignatures(jar, unsigned.resolve(jar.getFileName())));
			config.setProperty("osgi.framework", uri(copies.get(jar.getFileName().toString()), configuration, moved));
			for (String key : List.of("osgi.bundles", "osgi.framework.extensions")) {
				for (String reference : config.getProperty(key, "").split(",")) {
					Matcher match = BUNDLE_REFERENCE.matcher(reference.strip());
					if (match.matches() && !match.group(2).contains(":")) {
						Path beside = jar.resolveSibling(match.group(2));
						copies.put(beside.getFileName().toString(), copyWithoutSignatures(beside, unsigned.resolve(beside.getFileName())));
					}
				}
			}
		}

		Path bundles = configuration.resolve("org.eclipse.equinox.simpleconfigurator/bundles.info");
		List<String> lines = new ArrayList<>();
		for (String line : Files.readAllLines(bundles, StandardCharsets.UTF_8)) {
			String[] fields = line.split(",", -1);
			if (!line.startsWith("#") && fields.length >= 5 && fields[2].endsWith(".jar") && !fields[2].contains(":")) {
				Path jar = product.resolve(fields[2]);
				Path copy = copies.get(jar.getFileName().toString());
				if (copy == null && Files.isRegularFile(jar) && (isSigned(jar) || isMultiReleaseInNameOnly(jar))) {
					copy = copyWithoutSignatures(jar, unsigned.resolve(jar.getFileName()));
				}
				if (copy != null) {
					fields[2] = uri(copy, configuration, moved);
					line = String.join(",", fields);
				}
			}
			lines.add(line);
		}
		try (var launchers = Files.newDirectoryStream(product.resolve("plugins"), "org.eclipse.equinox.launcher_*.jar")) {
			for (Path launcher : launchers) {
				copyWithoutSignatures(launcher, unsigned.resolve("launcher.jar"));
				break;
			}
		}
		Files.write(bundles, lines, StandardCharsets.UTF_8);
		try (Writer out = Files.newBufferedWriter(ini, StandardCharsets.ISO_8859_1)) {
			config.store(out, "The command line's configuration; its jars are copies without signatures");
		}
	}

	/** The URI of {@code file} once {@code configuration} is moved to {@code moved}. */
	private static String uri(Path file, Path configuration, Path moved) {
		return moved.resolve(configuration.relativize(file)).toUri().toString();
	}

	private static boolean isSigned(Path jar) throws IOException {
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				if (SIGNATURE.matcher(entry.getName()).matches()) {
					return true;
				}
			}
		}
		return false;
	}

	/** Whether the jar's manifest says multi-release but its versioned entries are module descriptors only. */
	private static boolean isMultiReleaseInNameOnly(Path jar) throws IOException {
		try (JarFile file = new JarFile(jar.toFile(), false)) {
			Manifest manifest = file.getManifest();
			return manifest != null && "true".equalsIgnoreCase(manifest.getMainAttributes().getValue(Attributes.Name.MULTI_RELEASE))
					&& file.stream().map(ZipEntry::getName).filter(name -> name.startsWith("META-INF/versions/"))
							.allMatch(name -> name.endsWith("/") || name.endsWith("/module-info.class"));
		}
	}

	/**
	 * Copies {@code jar} without its signature files (or as it is, when it has none), and without its
	 * multi-release header when that names nothing but module descriptors; returns the copy.
	 */
	private static Path copyWithoutSignatures(Path jar, Path copy) throws IOException {
		Path part = copy.resolveSibling(copy.getFileName() + ".part");
		boolean singleRelease = isMultiReleaseInNameOnly(jar);
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(part))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				if (SIGNATURE.matcher(entry.getName()).matches()) {
					continue;
				}
				ZipEntry written = new ZipEntry(entry.getName());
				written.setTime(entry.getTime());
				out.putNextEntry(written);
				if (singleRelease && entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
					Manifest manifest = new Manifest(in);
					manifest.getMainAttributes().remove(Attributes.Name.MULTI_RELEASE);
					manifest.write(out);
				} else {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
		return Files.move(part, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}
}
