package org.factcheck.claims.headless;

import org.factcheck.claims.ClaimsStandaloneSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** Sets up the claim language with the {@link ClaimsHeadlessModule}, outside an editor. */
public class ClaimsHeadlessSetup extends ClaimsStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(new ClaimsHeadlessModule());
	}
}
