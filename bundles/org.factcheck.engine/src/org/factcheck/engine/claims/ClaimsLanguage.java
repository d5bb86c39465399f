package org.factcheck.engine.claims;

import java.util.concurrent.atomic.AtomicInteger;

import org.factcheck.claims.headless.ClaimsHeadlessSetup;

import com.google.inject.Injector;

/**
 * The claim language's injector for the command line (it reads claim files, it writes none),
 * created once per process so that all users share the corpus stores the language opens for linking.
 */
public final class ClaimsLanguage {

	private static final AheadOfUse<Injector> INJECTOR = new AheadOfUse<>(
			() -> new ClaimsHeadlessSetup().createInjectorAndDoEMFRegistration());

	private static final AtomicInteger REQUESTS = new AtomicInteger();

	private ClaimsLanguage() {
	}

	public static Injector injector() {
		REQUESTS.incrementAndGet();
		return INJECTOR.get();
	}

	/**
	 * How often this process has asked for the injector or to prepare it: a command that reads no
	 * claim file with the language leaves the count as it was.
	 */
	public static int requests() {
		return REQUESTS.get();
	}

	/**
	 * Starts creating the injector on a background thread, for a command that will use it after
	 * other serial start-up work (reading its options, loading the checkers' descriptions).
	 */
	public static void prepareInBackground() {
		REQUESTS.incrementAndGet();
		INJECTOR.startInBackground("factcheck-claims-language");
	}
}
