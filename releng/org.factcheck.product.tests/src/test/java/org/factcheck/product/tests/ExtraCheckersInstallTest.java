package org.factcheck.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Installs the extra-checkers feature from the update site built in this reactor into a copy of the
 * product, verifies claims that only the extra checkers judge, uninstalls it and sees their findings
 * gone; and checks that bad sites, missing features and conflicts leave the product as it was.
 */
class ExtraCheckersInstallTest {

	private static final String FEATURE = "org.factcheck.extra.feature";
	private static final List<String> EXTRA = List.of("org.factcheck.checkers.hedges", "org.factcheck.checkers.timeline",
			"org.factcheck.checkers.trust");
	private static final String SEED_001 = "001_f7fa05fd70448d5b";
	private static final String SEED_003 = "003_5631f6e596cc8e95";

	@TempDir
	Path temp;

	private Product product;
	private Path claims;

	@BeforeEach
	void copyProductAndWriteClaims() throws IOException {
		product = Product.copyInto(temp);
		Path corpus = Files.createDirectories(temp.resolve("work/corpus"));
		try (var files = Files.list(Product.SEEDS)) {
			for (Path file : files.toList()) {
				Files.copy(file, corpus.resolve(file.getFileName()));
			}
		}
		Product.write(corpus.resolve("manifest.jsonl"), "{\"id\": \"" + SEED_003 + "\", \"publisher\": \"Kettner Edelmetalle\", \"trust\": \"low\"}\n");
		claims = temp.resolve("work/extra.claims");
		Product.write(claims, """
				corpus "corpus"

				// The dealer's page (003, low-trust) is the only source of the figure; a later article gives
				// another one, and 003 only reports it.
				claim soldiers "Nordkorea hat 3.000 Soldaten nach Russland entsandt."
				    cites "%s"

				// 001 says so "Berichten zufolge".
				claim delegation "Der Besuch der ukrainischen Delegation in Seoul konzentriert sich hauptsächlich auf die Suche nach Waffenlieferungen."
				    cites "%s"
				""".formatted(SEED_003, SEED_001));
	}

	private static List<String> checkerIds(Product.Run checkers) {
		return StreamSupport.stream(checkers.json().spliterator(), false).map(c -> c.get("id").asText()).toList();
	}

	private static JsonNode claim(JsonNode report, String name) {
		return StreamSupport.stream(report.get("claims").spliterator(), false).filter(c -> c.get("name").asText().equals(name))
				.findFirst().orElseThrow(() -> new AssertionError("no claim " + name + " in " + report));
	}

	private static List<String> checkersWithFindings(JsonNode claim) {
		List<String> ids = new ArrayList<>();
		claim.get("findings").forEach(f -> ids.add(f.get("checker").asText()));
		return ids;
	}

	@Test
	void installedExtraCheckersJudgeClaimsAndAreGoneAfterUninstall() throws Exception {
		Product.Run listed = product.run("checkers", "--json");
		assertEquals(0, listed.exit(), listed.toString());
		assertTrue(checkerIds(listed).stream().noneMatch(EXTRA::contains), listed.out());
		JsonNode before = product.verifyJson(claims.toString()).json();
		assertEquals("supported", claim(before, "soldiers").get("verdict").asText());
		assertTrue(checkersWithFindings(claim(before, "soldiers")).stream().noneMatch(EXTRA::contains));

		Product.Run install = product.run("install", Product.SITE.toString());
		assertEquals(0, install.exit(), install.toString());
		assertTrue(install.out().startsWith("Installed " + FEATURE + " 0.1.0."), install.out());

		Product.Run installedList = product.run("checkers", "--json");
		assertEquals(0, installedList.exit(), installedList.toString());
		for (String id : EXTRA) {
			JsonNode checker = StreamSupport.stream(installedList.json().spliterator(), false)
					.filter(c -> c.get("id").asText().equals(id)).findFirst()
					.orElseThrow(() -> new AssertionError(id + " not listed: " + installedList.out()));
			assertEquals(id, checker.get("bundle").asText());
			assertTrue(checker.get("feature").asText().startsWith(FEATURE + " 0.1.0."), checker.toString());
			assertTrue(checker.get("version").asText().startsWith("0.1.0."), checker.toString());
			assertEquals("normal", checker.get("cost").asText());
			assertTrue(checker.get("enabled").asBoolean());
		}
		Product.Run text = product.run("checkers");
		assertTrue(text.out().contains("bundle org.factcheck.checkers.trust, feature " + FEATURE), text.out());
		assertTrue(text.out().contains("preference lowTrustPublishers = (unset)"), text.out());
		assertTrue(text.out().contains("bundle org.factcheck.checkers.quote, feature org.factcheck.core.feature"), text.out());

		Product.Run verified = product.verifyJson(claims.toString());
		JsonNode soldiers = claim(verified.json(), "soldiers");
		assertEquals("unsourced", soldiers.get("verdict").asText(), "a low-trust source alone cannot support it: " + soldiers);
		assertTrue(soldiers.get("reason").asText().contains("low-trust source"), soldiers.toString());
		assertTrue(checkersWithFindings(soldiers).containsAll(EXTRA), soldiers.toString());
		JsonNode timeline = StreamSupport.stream(soldiers.get("findings").spliterator(), false)
				.filter(f -> f.get("checker").asText().equals("org.factcheck.checkers.timeline")).findFirst().orElseThrow();
		assertEquals("note", timeline.get("kind").asText());
		assertTrue(timeline.get("message").asText().contains("über 10.000 Truppen"), timeline.toString());
		assertTrue(checkersWithFindings(claim(verified.json(), "delegation")).contains("org.factcheck.checkers.hedges"));
		assertEquals(0, verified.json().get("problems").size(), verified.out());
		Product.Run verifiedText = product.run("verify", "--index", temp.resolve("index/corpora").toString(), claims.toString());
		assertTrue(verifiedText.out().lines().anyMatch(line -> line.startsWith("    note: A later source gives another figure")
				&& line.endsWith("[org.factcheck.checkers.timeline]")), verifiedText.toString());
		assertTrue(verifiedText.out().lines().anyMatch(line -> line.startsWith("    note: The claim states as fact what " + SEED_001)),
				verifiedText.toString());

		Product.Run again = product.run("install", Product.SITE.toString(), FEATURE);
		assertEquals(0, again.exit(), again.toString());
		assertTrue(again.out().contains("Already installed"), again.out());

		Product.Run uninstall = product.run("uninstall", FEATURE);
		assertEquals(0, uninstall.exit(), uninstall.toString());
		assertTrue(uninstall.out().startsWith("Uninstalled " + FEATURE), uninstall.out());
		assertTrue(checkerIds(product.run("checkers", "--json")).stream().noneMatch(EXTRA::contains));
		JsonNode after = product.verifyJson(claims.toString()).json();
		assertEquals("supported", claim(after, "soldiers").get("verdict").asText());
		assertTrue(checkersWithFindings(claim(after, "soldiers")).stream().noneMatch(EXTRA::contains));
	}

	@Test
	void theSiteInstallsFromItsZipAsWell() throws Exception {
		Product.Run install = product.run("install", Product.siteZip().toString(), FEATURE);
		assertEquals(0, install.exit(), install.toString());
		assertTrue(checkerIds(product.run("checkers", "--json")).containsAll(EXTRA));
	}

	@Test
	void badSitesMissingFeaturesAndConflictsGetOneSentenceAndLeaveTheProductAsItWas() throws Exception {
		assertEquals(0, product.run("checkers").exit(), "first start: the dropins reconciler records its state");
		String untouched = product.fingerprint();
		Path notARepository = Files.createDirectories(temp.resolve("not-a-site"));
		Product.write(notARepository.resolve("README.txt"), "nothing here\n");
		assertRefused(product.run("install", temp.resolve("nowhere").toString()), "does not exist");
		assertRefused(product.run("install", notARepository.toString()), "is not a p2 repository");
		assertRefused(product.run("install", Product.SITE.toString(), "org.example.unknown.feature"),
				"has no feature org.example.unknown.feature; it offers " + FEATURE);
		assertRefused(product.run("install", site("requires-future-api", """
				<required namespace='osgi.bundle' name='org.factcheck.checker' range='[9.0.0,10.0.0)'/>
				""", "").toString()), "Missing requirement");
		assertRefused(product.run("install", site("replaces-the-api", """
				<required namespace='org.eclipse.equinox.p2.iu' name='org.factcheck.checker' range='[0.2.0,0.2.0]'/>
				""", """
				<unit id='org.factcheck.checker' version='0.2.0' singleton='true'>
				  <provides size='2'>
				    <provided namespace='org.eclipse.equinox.p2.iu' name='org.factcheck.checker' version='0.2.0'/>
				    <provided namespace='osgi.bundle' name='org.factcheck.checker' version='0.2.0'/>
				  </provides>
				  <touchpoint id='null' version='0.0.0'/>
				</unit>
				""").toString()), "Cannot install com.example.conflicting");
		assertRefused(product.run("uninstall", "org.example.unknown.feature"), "is not installed");
		assertRefused(product.run("uninstall", "org.factcheck.core.feature"), "is part of the product and cannot be uninstalled");
		assertEquals(untouched, product.fingerprint(), "the product must be left as it was");
	}

	private static void assertRefused(Product.Run run, String reason) {
		assertEquals(2, run.exit(), run.toString());
		assertTrue(run.err().contains(reason), run.toString());
		assertEquals(1, run.err().strip().lines().count(), "one sentence: " + run.err());
		assertFalse(run.err().contains("Exception"), run.err());
	}

	/** A p2 repository with one feature, com.example.conflicting, whose requirement cannot be met. */
	private Path site(String name, String requirement, String moreUnits) {
		Path site = temp.resolve(name);
		Product.write(site.resolve("content.xml"), """
				<?xml version='1.0' encoding='UTF-8'?>
				<?metadataRepository version='1.2.0'?>
				<repository name='%s' type='org.eclipse.equinox.internal.p2.metadata.repository.LocalMetadataRepository' version='1'>
				  <properties size='1'><property name='p2.timestamp' value='1'/></properties>
				  <units size='%d'>
				    <unit id='com.example.conflicting.feature.group' version='1.0.0'>
				      <properties size='2'>
				        <property name='org.eclipse.equinox.p2.name' value='Conflicting checkers'/>
				        <property name='org.eclipse.equinox.p2.type.group' value='true'/>
				      </properties>
				      <provides size='1'>
				        <provided namespace='org.eclipse.equinox.p2.iu' name='com.example.conflicting.feature.group' version='1.0.0'/>
				      </provides>
				      <requires size='1'>
				        %s
				      </requires>
				      <touchpoint id='null' version='0.0.0'/>
				    </unit>
				    %s
				  </units>
				</repository>
				""".formatted(name, moreUnits.isBlank() ? 1 : 2, requirement.strip(), moreUnits));
		Product.write(site.resolve("artifacts.xml"), """
				<?xml version='1.0' encoding='UTF-8'?>
				<?artifactRepository version='1.1.0'?>
				<repository name='%s' type='org.eclipse.equinox.p2.artifact.repository.simpleRepository' version='1'>
				  <properties size='1'><property name='p2.timestamp' value='1'/></properties>
				  <mappings size='0'/>
				  <artifacts size='0'/>
				</repository>
				""".formatted(name));
		return site;
	}
}
