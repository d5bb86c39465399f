package org.factcheck.cli.checkers;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.factcheck.engine.registry.CheckerDescriptor;
import org.factcheck.engine.registry.CheckerPreferenceValues;
import org.factcheck.engine.registry.CheckerRegistry;
import org.factcheck.engine.registry.PreferenceDeclaration;
import org.factcheck.install.InstalledFeatures;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists the installed checkers. */
@Command(name = "checkers", mixinStandardHelpOptions = true,
		description = "List the installed checkers: id, version, contributing bundle and feature, cost class, whether it runs, "
				+ "what it looks for, and its preferences with their values.")
public final class CheckersCommand implements Callable<Integer> {

	@Option(names = "--json", description = "Print the list as JSON.")
	boolean json;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		CheckerRegistry registry = CheckerRegistry.fromExtensions();
		CheckerPreferenceValues preferences = CheckerPreferenceValues.platform(java.util.Map.of());
		InstalledFeatures features = InstalledFeatures.ofRunningProduct();
		PrintWriter out = spec.commandLine().getOut();
		if (json) {
			ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
			ArrayNode list = mapper.createArrayNode();
			registry.all().forEach(checker -> list.add(json(mapper, checker, preferences, features)));
			out.println(mapper.writeValueAsString(list));
		} else {
			for (CheckerDescriptor checker : registry.all()) {
				text(out, checker, preferences, features);
			}
		}
		registry.problems().forEach(problem -> spec.commandLine().getErr().println("warning: " + problem));
		out.flush();
		return registry.problems().isEmpty() ? 0 : 2;
	}

	private static void text(PrintWriter out, CheckerDescriptor checker, CheckerPreferenceValues preferences,
			InstalledFeatures features) {
		out.printf("%s %s  %s, %s — %s%n", checker.id(), checker.version(), cost(checker),
				preferences.isEnabled(checker) ? "enabled" : "disabled", checker.name());
		out.printf("    bundle %s, %s%n", checker.contributor(), origin(checker, features));
		if (!checker.description().isBlank()) {
			out.printf("    %s%n", checker.description());
		}
		for (PreferenceDeclaration preference : checker.preferences()) {
			String value = preferences.apply(checker).get(preference.key()).orElse("(unset)");
			out.printf("    preference %s = %s — %s%n", preference.key(), value, preference.description());
		}
	}

	private static ObjectNode json(ObjectMapper mapper, CheckerDescriptor checker, CheckerPreferenceValues preferences,
			InstalledFeatures features) {
		ObjectNode node = mapper.createObjectNode();
		node.put("id", checker.id());
		node.put("name", checker.name());
		node.put("version", checker.version());
		node.put("bundle", checker.contributor());
		node.put("feature", features.originOf(checker.contributor()).orElse(null));
		node.put("cost", cost(checker));
		node.put("enabled", preferences.isEnabled(checker));
		node.put("description", checker.description());
		ObjectNode values = node.putObject("preferences");
		for (PreferenceDeclaration preference : checker.preferences()) {
			values.put(preference.key(), preferences.apply(checker).get(preference.key()).orElse(null));
		}
		return node;
	}

	private static String cost(CheckerDescriptor checker) {
		return checker.cost().name().toLowerCase(Locale.ROOT);
	}

	private static String origin(CheckerDescriptor checker, InstalledFeatures features) {
		return features.originOf(checker.contributor())
				.map(origin -> origin.equals(InstalledFeatures.DROPINS) ? "from dropins/" : "feature " + origin)
				.orElse("no feature");
	}
}
