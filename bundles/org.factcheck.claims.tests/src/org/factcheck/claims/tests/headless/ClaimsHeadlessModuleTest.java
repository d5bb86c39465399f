package org.factcheck.claims.tests.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.formatting.IFormatter;
import org.eclipse.xtext.formatting.INodeModelFormatter;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.serializer.impl.Serializer;
import org.eclipse.xtext.serializer.sequencer.GenericSequencer;
import org.eclipse.xtext.serializer.sequencer.ISemanticSequencer;
import org.eclipse.xtext.serializer.sequencer.ISyntacticSequencer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.factcheck.claims.ClaimsRuntimeModule;
import org.factcheck.claims.claims.ClaimFile;
import org.factcheck.claims.headless.ClaimsHeadlessModule;
import org.factcheck.claims.headless.UnsupportedSerializer;
import org.factcheck.claims.tests.ClaimsHeadlessTestInjectorProvider;
import org.factcheck.claims.tests.ClaimsTestInjectorProvider;
import org.factcheck.claims.tests.ClaimsWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Binding;
import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.spi.Element;
import com.google.inject.spi.Elements;
import com.google.inject.spi.InstanceBinding;
import com.google.inject.spi.LinkedKeyBinding;

@ExtendWith(InjectionExtension.class)
@InjectWith(ClaimsHeadlessTestInjectorProvider.class)
class ClaimsHeadlessModuleTest {

	private static final String FILE_WITH_ERRORS = """
			corpus "../korpus"
			claim yoon "Yoon traf Umerov in Seoul." asof 2024-13-02 expect supported
			claim yoon "Yoon sprach mit Rutte." cites "kein-artikel"
			claim open "Der Text endet nicht
			% ,, quote
			claim kim "Kim unterzeichnete das Abkommen." expect conflicting
			claim
			""";

	@Inject
	private Injector injector;

	@TempDir
	Path root;

	@Test
	void readsAClaimFileWithTheSameIssuesAsTheRuntimeModule() {
		List<String> headless = issues(injector);
		ClaimsTestInjectorProvider runtime = new ClaimsTestInjectorProvider();
		runtime.setupRegistry();
		try {
			assertEquals(issues(runtime.getInjector()), headless);
		} finally {
			runtime.restoreRegistry();
		}
		assertTrue(headless.size() >= 5, headless::toString);
	}

	@Test
	void resourcesWriteNothingAndTheSerializerIsNeverBound() {
		ClaimFile file = injector.getInstance(ClaimsWorkspace.class).in(root).parse(FILE_WITH_ERRORS);
		ISerializer serializer = ((XtextResource) file.eResource()).getSerializer();

		assertInstanceOf(UnsupportedSerializer.class, serializer);
		assertThrows(UnsupportedOperationException.class, () -> serializer.serialize(file));
		assertNull(injector.getExistingBinding(Key.get(Serializer.class)));
	}

	@Test
	void bindsEverythingElseAsTheRuntimeModule() {
		Map<Key<?>, String> runtime = bindings(new ClaimsRuntimeModule());
		Map<Key<?>, String> headless = bindings(new ClaimsHeadlessModule());
		Set<Key<?>> writing = Set.of(Key.get(ISerializer.class), Key.get(ISemanticSequencer.class),
				Key.get(ISemanticSequencer.class, GenericSequencer.class), Key.get(ISyntacticSequencer.class),
				Key.get(IFormatter.class), Key.get(INodeModelFormatter.class));

		assertEquals(UnsupportedSerializer.class.getName(), headless.remove(Key.get(ISerializer.class)));
		runtime.keySet().removeAll(writing);
		assertEquals(runtime, headless);
	}

	private List<String> issues(Injector language) {
		ClaimFile file = language.getInstance(ClaimsWorkspace.class).in(root).parse(FILE_WITH_ERRORS);
		XtextResource resource = (XtextResource) file.eResource();
		return resource.getResourceServiceProvider().getResourceValidator()
				.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.map(issue -> issue.getSeverity() + " " + issue.getLineNumber() + ":" + issue.getColumn() + " "
						+ issue.getCode() + " " + issue.getMessage())
				.toList();
	}

	private static Map<Key<?>, String> bindings(com.google.inject.Module module) {
		Map<Key<?>, String> bindings = new HashMap<>();
		for (Element element : Elements.getElements(module)) {
			if (element instanceof Binding<?> binding) {
				bindings.put(binding.getKey(), target(binding));
			}
		}
		return bindings;
	}

	private static String target(Binding<?> binding) {
		if (binding instanceof LinkedKeyBinding<?> linked) {
			return linked.getLinkedKey().getTypeLiteral().getRawType().getName();
		}
		if (binding instanceof InstanceBinding<?> instance) {
			return String.valueOf(instance.getInstance());
		}
		return binding.getClass().getSimpleName();
	}
}
