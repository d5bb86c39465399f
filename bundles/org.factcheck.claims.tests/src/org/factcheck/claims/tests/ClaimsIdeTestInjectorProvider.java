package org.factcheck.claims.tests;

import org.eclipse.xtext.util.Modules2;
import org.factcheck.claims.ide.ClaimsIdeModule;
import org.factcheck.claims.ide.ClaimsIdeSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** Runtime and IDE services of the claim language, corpora served from memory. */
public class ClaimsIdeTestInjectorProvider extends ClaimsTestInjectorProvider {

	@Override
	protected Injector internalCreateInjector() {
		return new ClaimsIdeSetup() {
			@Override
			public Injector createInjector() {
				return Guice.createInjector(Modules2.mixin(createRuntimeModule(), new ClaimsIdeModule()));
			}
		}.createInjectorAndDoEMFRegistration();
	}
}
