package org.factcheck.engine.tests.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.factcheck.checker.Claim;
import org.factcheck.checker.CostClass;
import org.factcheck.engine.registry.CheckerDescriptor;
import org.factcheck.engine.registry.CheckerPreferenceValues;
import org.factcheck.engine.registry.CheckerRegistry;
import org.factcheck.engine.registry.PreferenceDeclaration;
import org.junit.jupiter.api.Test;

class CheckerRegistryTest {

	private final CheckerRegistry registry = CheckerRegistry.fromExtensions();

	@Test
	void readsContributionsWithTheirDeclaredAttributes() {
		CheckerDescriptor echo = registry.find("org.factcheck.engine.tests.echo").orElseThrow();
		assertEquals("Echo", echo.name());
		assertEquals(CostClass.FAST, echo.cost());
		assertEquals("Repeats the claim name.", echo.description());
		assertTrue(echo.enabledByDefault());
		assertEquals("org.factcheck.engine.tests", echo.contributor());
		assertFalse(registry.find("org.factcheck.engine.tests.off").orElseThrow().enabledByDefault());
	}

	@Test
	void readsTheContributingBundlesVersionAndTheDeclaredPreferences() {
		CheckerDescriptor echo = registry.find("org.factcheck.engine.tests.echo").orElseThrow();
		assertTrue(echo.version().startsWith("0.1.0."), echo.version());
		assertEquals(List.of(new PreferenceDeclaration("prefix", "Prefix", "echo", "Put before the claim name."),
				new PreferenceDeclaration("suffix", null, null, null)), echo.preferences());
		assertEquals("suffix", echo.preferences().get(1).label());
		assertTrue(registry.problems().stream().anyMatch(p -> p.contains("declares a preference without key")),
				registry.problems().toString());
		assertEquals("echo", CheckerPreferenceValues.of(Map.of()).apply(echo).get("prefix").orElseThrow());
		assertEquals("hello", CheckerPreferenceValues.of(Map.of("org.factcheck.engine.tests.echo", Map.of("prefix", "hello")))
				.apply(echo).get("prefix").orElseThrow());
		assertTrue(CheckerPreferenceValues.of(Map.of()).apply(echo).get("suffix").isEmpty());
		assertFalse(CheckerPreferenceValues.of(Map.of("org.factcheck.engine.tests.echo", Map.of("enabled", "false")))
				.isEnabled(echo));
		assertTrue(CheckerPreferenceValues.of(Map.of()).isEnabled(echo));
	}

	@Test
	void createsTheCheckerLazilyAndOnce() {
		CheckerDescriptor echo = registry.find("org.factcheck.engine.tests.echo").orElseThrow();
		assertInstanceOf(ContributedCheckers.Echo.class, echo.checker());
		assertTrue(echo.checker() == echo.checker());
		assertEquals("echo x", echo.checker().check(new Claim("x", "t", List.of(), Optional.empty()), null).get(0)
				.message());
	}

	@Test
	void reportsDuplicatesAndUnknownCostAndRejectsNonCheckers() {
		assertEquals(1, registry.all().stream().filter(c -> c.id().equals("org.factcheck.engine.tests.echo")).count());
		assertTrue(registry.problems().stream().anyMatch(p -> p.contains("duplicate checker id 'org.factcheck.engine.tests.echo'")),
				registry.problems().toString());
		assertTrue(registry.problems().stream().anyMatch(p -> p.contains("unknown cost 'sometimes'")),
				registry.problems().toString());
		CheckerDescriptor wrong = registry.find("org.factcheck.engine.tests.wrongclass").orElseThrow();
		assertEquals(CostClass.NORMAL, wrong.cost());
		IllegalStateException error = assertThrows(IllegalStateException.class, wrong::checker);
		assertTrue(error.getMessage().contains("does not implement org.factcheck.checker.Checker"), error.getMessage());
	}

	@Test
	void ordersCheckersByCostThenId() {
		List<CostClass> costs = registry.all().stream().map(CheckerDescriptor::cost).toList();
		assertEquals(costs.stream().sorted().toList(), costs);
	}
}
