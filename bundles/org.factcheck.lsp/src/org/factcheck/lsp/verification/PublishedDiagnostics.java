package org.factcheck.lsp.verification;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Publishes each file's diagnostics as one list: the language's own (syntax, links, validation),
 * which Xtext publishes after every change, and the verdicts of its last verification. LSP
 * replaces a file's whole list with each publication, so each side must send the other's too.
 */
public final class PublishedDiagnostics {

	private final Map<String, List<Diagnostic>> language = new ConcurrentHashMap<>();
	private final Map<String, List<Diagnostic>> verdicts = new ConcurrentHashMap<>();
	private volatile LanguageClient client;

	/**
	 * The client as the language server should see it: publishing diagnostics adds the file's
	 * verdicts; everything else goes to {@code client} unchanged.
	 */
	public LanguageClient mergingVerdictsInto(LanguageClient client, VerificationResults results) {
		this.client = client;
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getName().equals("publishDiagnostics") && args != null && args.length == 1
					&& args[0] instanceof PublishDiagnosticsParams params) {
				String uri = FileUris.normalize(params.getUri());
				language.put(uri, List.copyOf(params.getDiagnostics()));
				publish(uri);
				return null;
			}
			return invoke(method, client, args);
		};
		return (LanguageClient) Proxy.newProxyInstance(LanguageClient.class.getClassLoader(), new Class<?>[] { LanguageClient.class },
				handler);
	}

	/** Replaces the verdicts of a file and publishes its diagnostics. */
	public void verdicts(String uri, List<Diagnostic> diagnostics) {
		String key = FileUris.normalize(uri);
		verdicts.put(key, List.copyOf(diagnostics));
		publish(key);
	}

	private synchronized void publish(String uri) {
		List<Diagnostic> all = new ArrayList<>(language.getOrDefault(uri, List.of()));
		all.addAll(verdicts.getOrDefault(uri, List.of()));
		client.publishDiagnostics(new PublishDiagnosticsParams(uri, all));
	}

	private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
		try {
			if (method.getDeclaringClass() == Object.class && method.getName().equals("toString")) {
				return "PublishedDiagnostics(" + target + ")";
			}
			return method.invoke(target, args);
		} catch (InvocationTargetException e) {
			throw e.getCause();
		}
	}
}
