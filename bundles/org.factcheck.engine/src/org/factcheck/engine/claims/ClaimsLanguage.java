package org.factcheck.engine.claims;

import org.factcheck.claims.ClaimsStandaloneSetup;

import com.google.inject.Injector;

/**
 * The claim language's injector, created once per process so that all users share the corpus
 * stores the language opens for linking.
 */
public final class ClaimsLanguage {

	private static Injector injector;

	private ClaimsLanguage() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new ClaimsStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
