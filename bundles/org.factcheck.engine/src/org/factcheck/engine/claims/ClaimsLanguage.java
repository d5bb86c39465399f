package org.factcheck.engine.claims;

import org.factcheck.claims.headless.ClaimsHeadlessSetup;

import com.google.inject.Injector;

/**
 * The claim language's injector for the command line (it reads claim files, it writes none),
 * created once per process so that all users share the corpus stores the language opens for linking.
 */
public final class ClaimsLanguage {

	private static final AheadOfUse<Injector> INJECTOR = new AheadOfUse<>(
			() -> new ClaimsHeadlessSetup().createInjectorAndDoEMFRegistration());

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
