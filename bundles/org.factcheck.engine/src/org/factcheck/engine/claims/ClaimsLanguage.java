package org.factcheck.engine.claims;

import org.factcheck.claims.ClaimsStandaloneSetup;

import com.google.inject.Injector;

/**
 * The claim language's injector, created once per process so that all users share the corpus
 * stores the language opens for linking.
 */
public final class ClaimsLanguage {

	private static final AheadOfUse<Injector> INJECTOR = new AheadOfUse<>(
			() -> new ClaimsStandaloneSetup().createInjectorAndDoEMFRegistration());

	private ClaimsLanguage() {
	}

	public static Injector injector() {
		return INJECTOR.get();
	}

	/**
	 * Starts creating the injector on a background thread, for a command that will use it after
	 * other serial start-up work (reading its options, loading the checkers' descriptions).
	 */
	public static void prepareInBackground() {
		INJECTOR.startInBackground("factcheck-claims-language");
	}
}
