package org.factcheck.corpus.store.cache;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.Corpus;
import org.factcheck.corpus.CorpusFactory;
import org.factcheck.corpus.CorpusPackage;

/**
 * The corpus and document contents as binary EMF resources. Each content is its own resource,
 * referenced from its document through a containment proxy and loaded when first resolved.
 */
public final class ContentResources {

	private static final String EXTENSION = "bin";
	private static final Map<Object, Object> OPTIONS = new HashMap<>();

	static {
		OPTIONS.put(BinaryResourceImpl.OPTION_VERSION, BinaryResourceImpl.BinaryIO.Version.VERSION_1_1);
		OPTIONS.put(BinaryResourceImpl.OPTION_STYLE_BINARY_FLOATING_POINT, Boolean.TRUE);
		OPTIONS.put(BinaryResourceImpl.OPTION_STYLE_BINARY_ENUMERATOR, Boolean.TRUE);
	}

	private ContentResources() {
	}

	/**
	 * A resource set for a corpus cache; loading resources (also when a content proxy is resolved)
	 * is synchronised, so documents may be read from several threads.
	 */
	public static ResourceSet newResourceSet() {
		ResourceSet resources = new SynchronizedResourceSet();
		resources.getPackageRegistry().put(CorpusPackage.eNS_URI, CorpusPackage.eINSTANCE);
		Resource.Factory binary = BinaryResourceImpl::new;
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, binary);
		resources.getLoadOptions().putAll(OPTIONS);
		return resources;
	}

	public static Corpus loadCorpus(ResourceSet resources, Path file) throws IOException {
		Resource resource = resources.createResource(uri(file));
		resource.load(OPTIONS);
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Corpus corpus)) {
			throw new IOException(file + " holds no corpus");
		}
		return corpus;
	}

	public static void saveCorpus(Corpus corpus, Path file) throws IOException {
		Resource resource = new BinaryResourceImpl(uri(file));
		resource.getContents().add(corpus);
		save(resource, file);
	}

	/** Saves a content as the resource {@code file} and returns a proxy that resolves to it. */
	public static Content saveContent(Content content, Path file) throws IOException {
		Resource resource = new BinaryResourceImpl(uri(file));
		resource.getContents().add(content);
		save(resource, file);
		Content proxy = CorpusFactory.eINSTANCE.createContent();
		((InternalEObject) proxy).eSetProxyURI(uri(file).appendFragment(resource.getURIFragment(content)));
		resource.getContents().clear();
		return proxy;
	}

	private static void save(Resource resource, Path file) throws IOException {
		Files.createDirectories(file.getParent());
		Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
			resource.save(out, OPTIONS);
		}
		AtomicFiles.move(temporary, file);
	}

	static URI uri(Path file) {
		return URI.createFileURI(file.toAbsolutePath().toString());
	}

	/** Loads resources one at a time, whichever thread resolves a proxy. */
	private static final class SynchronizedResourceSet extends ResourceSetImpl {

		@Override
		public synchronized Resource getResource(URI uri, boolean loadOnDemand) {
			return super.getResource(uri, loadOnDemand);
		}

		@Override
		public synchronized EObject getEObject(URI uri, boolean loadOnDemand) {
			return super.getEObject(uri, loadOnDemand);
		}

		@Override
		public synchronized Resource createResource(URI uri) {
			return super.createResource(uri);
		}
	}
}
