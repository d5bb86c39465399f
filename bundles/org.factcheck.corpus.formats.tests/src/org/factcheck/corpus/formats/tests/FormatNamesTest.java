package org.factcheck.corpus.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.factcheck.corpus.formats.DocumentFormats;
import org.junit.jupiter.api.Test;

/** Telling formats apart by name, which an open does for every file of a corpus folder. */
class FormatNamesTest {

	/**
	 * Loads the formats bundle's own classes afresh (so that none is initialised yet) and records
	 * every other class they ask for.
	 */
	private static final class FreshFormats extends ClassLoader {
		private static final String PACKAGE = "org.factcheck.corpus.formats.";
		final Set<String> requested = ConcurrentHashMap.newKeySet();

		FreshFormats() {
			super(DocumentFormats.class.getClassLoader());
		}

		@Override
		protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
			synchronized (getClassLoadingLock(name)) {
				if (!name.startsWith(PACKAGE)) {
					requested.add(name);
					return super.loadClass(name, resolve);
				}
				Class<?> loaded = findLoadedClass(name);
				if (loaded == null) {
					try (InputStream in = DocumentFormats.class.getClassLoader()
							.getResourceAsStream(name.replace('.', '/') + ".class")) {
						if (in == null) {
							throw new ClassNotFoundException(name);
						}
						byte[] bytes = in.readAllBytes();
						loaded = defineClass(name, bytes, 0, bytes.length);
					} catch (IOException e) {
						throw new ClassNotFoundException(name, e);
					}
				}
				return loaded;
			}
		}
	}

	@Test
	void namesAreToldApartWithoutLoadingAnyReadersLibrary() throws Exception {
		FreshFormats loader = new FreshFormats();
		Class<?> formats = loader.loadClass(DocumentFormats.class.getName());
		Method ofName = formats.getMethod("ofName", String.class);
		for (String name : List.of("a.txt", "b.html", "c.pdf", "d.jsonl", "manifest.jsonl", "e.doc")) {
			ofName.invoke(null, name);
		}
		Method idOfName = formats.getMethod("idOfName", String.class);
		assertEquals("b", idOfName.invoke(null, "b.html"));
		List<String> libraries = loader.requested.stream()
				.filter(name -> name.startsWith("org.jsoup.") || name.startsWith("org.apache.pdfbox.")
						|| name.startsWith("com.fasterxml.jackson."))
				.sorted().toList();
		assertTrue(libraries.isEmpty(), libraries.toString());

		Method reader = formats.getMethod("reader", java.nio.file.Path.class);
		assertTrue(((Optional<?>) reader.invoke(null, java.nio.file.Path.of("d.jsonl"))).isPresent());
		assertTrue(loader.requested.stream().anyMatch(name -> name.startsWith("com.fasterxml.jackson.")),
				"the JSON lines reader, once asked for, loads its library");
	}
}
