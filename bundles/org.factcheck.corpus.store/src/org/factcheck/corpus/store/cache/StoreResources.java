package org.factcheck.corpus.store.cache;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.Corpus;
import org.factcheck.corpus.CorpusFactory;
import org.factcheck.corpus.CorpusPackage;

/**
 * The EMF resources of an opened corpus: one resource holding the {@link Corpus} and its documents,
 * and one per document content, loaded from the cache when the document's content proxy is first
 * resolved. Resources are found by URI in a map, never by scanning the loaded ones. Loading is
 * synchronised, so documents may be read from several threads.
 */
public final class StoreResources {

	/** Loads the content of a document into an empty resource. */
	public interface ContentLoader {

		/** Adds the content of {@code documentId} to {@code resource}; false if there is none. */
		boolean load(String documentId, Resource resource);
	}

	private static final String SCHEME = "factcheck-cache";
	private static final String CONTENT = "content";

	private final URI base;
	private final ContentLoader loader;
	private final StoreResourceSet resourceSet = new StoreResourceSet();
	private final Corpus corpus;

	/**
	 * @param key identifies the cache, so that URIs of different corpora differ
	 */
	public StoreResources(String key, ContentLoader loader) {
		this.base = URI.createHierarchicalURI(SCHEME, key, null, new String[0], null, null);
		this.loader = loader;
		resourceSet.getPackageRegistry().put(CorpusPackage.eNS_URI, CorpusPackage.eINSTANCE);
		Resource corpusResource = new ResourceImpl(base.appendSegment("corpus"));
		resourceSet.add(corpusResource);
		corpus = CorpusFactory.eINSTANCE.createCorpus();
		corpusResource.getContents().add(corpus);
	}

	public Corpus corpus() {
		return corpus;
	}

	public ResourceSet resourceSet() {
		return resourceSet;
	}

	/** A proxy that resolves to the content of {@code documentId}, loading it on first resolution. */
	public Content contentProxy(String documentId) {
		Content proxy = CorpusFactory.eINSTANCE.createContent();
		((InternalEObject) proxy).eSetProxyURI(contentUri(documentId).appendFragment("/"));
		return proxy;
	}

	/** Unloads every content resource (the documents' contents become proxies again). */
	public void unloadContents() {
		synchronized (resourceSet) {
			for (Resource resource : resourceSet.byUri.values().toArray(Resource[]::new)) {
				if (resource != corpus.eResource()) {
					discard(resource);
				}
			}
		}
	}

	/** Unloads every resource, the corpus too. */
	public void unloadAll() {
		synchronized (resourceSet) {
			unloadContents();
			for (Resource resource : List.copyOf(resourceSet.getResources())) {
				discard(resource);
			}
		}
	}

	/**
	 * Drops a resource: its roots become proxies of their URIs and their trees are left to the
	 * garbage collector. (EMF's unload turns every object into a proxy, finding each one's index
	 * in its list: quadratic in a content of a hundred thousand sentences or a corpus of a hundred
	 * thousand documents.)
	 */
	private void discard(Resource resource) {
		List<EObject> roots = List.copyOf(resource.getContents());
		for (int i = 0; i < roots.size(); i++) {
			((InternalEObject) roots.get(i)).eSetProxyURI(resource.getURI().appendFragment(i == 0 ? "/" : "/" + i));
		}
		resource.getContents().clear();
		resourceSet.getResources().remove(resource);
		resourceSet.byUri.remove(resource.getURI());
	}

	private URI contentUri(String documentId) {
		return base.appendSegment(CONTENT).appendSegment(URI.encodeSegment(documentId, false));
	}

	private boolean isContent(URI uri) {
		return SCHEME.equals(uri.scheme()) && base.authority().equals(uri.authority()) && uri.segmentCount() == 2
				&& CONTENT.equals(uri.segment(0));
	}

	/** A resource set that finds resources in a map and loads contents through the {@link ContentLoader}. */
	private final class StoreResourceSet extends ResourceSetImpl {

		private final Map<URI, Resource> byUri = new HashMap<>();

		void add(Resource resource) {
			getResources().add(resource);
			byUri.put(resource.getURI(), resource);
		}

		@Override
		public synchronized Resource getResource(URI uri, boolean loadOnDemand) {
			URI key = uri.trimFragment();
			Resource resource = byUri.get(key);
			if (resource != null || !isContent(key)) {
				return resource;
			}
			if (!loadOnDemand) {
				return null;
			}
			Resource content = new BinaryResourceImpl(key);
			if (!loader.load(URI.decode(key.segment(1)), content)) {
				return null;
			}
			add(content);
			return content;
		}

		@Override
		public synchronized EObject getEObject(URI uri, boolean loadOnDemand) {
			Resource resource = getResource(uri.trimFragment(), loadOnDemand);
			return resource == null ? null : resource.getEObject(uri.fragment());
		}

		@Override
		public synchronized Resource createResource(URI uri) {
			return super.createResource(uri);
		}
	}
}
