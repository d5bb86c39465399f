package org.factcheck.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.factcheck.cli.verify.CorpusLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus folder read from a claim file's top without the claim language, to open it ahead. */
class CorpusLineTest {

	@TempDir
	Path root;

	private Optional<Path> folderOf(String text) throws IOException {
		Path file = Files.createDirectories(root.resolve("claims")).resolve("test.claims");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return CorpusLine.folder(file);
	}

	@Test
	void aRelativeFolderIsResolvedAgainstTheFileAndNormalised() throws IOException {
		assertEquals(Optional.of(root.resolve("korpus")), folderOf("corpus \"../korpus\"\nclaim a \"Text.\"\n"));
	}

	@Test
	void anAbsoluteFolderStandsAsWritten() throws IOException {
		assertEquals(Optional.of(Path.of("/srv/Quellen")), folderOf("corpus \"/srv/./Quellen\"\n"));
	}

	@Test
	void commentsWhiteSpaceAndAByteOrderMarkMayComeFirst() throws IOException {
		assertEquals(Optional.of(root.resolve("claims/k")),
				folderOf("\uFEFF// Quellen der Redaktion\n/* zwei\nZeilen */\n\tcorpus /* hier */ \"k\""));
	}

	@Test
	void aFileThatDoesNotStartWithAPlainCorpusLineNamesNone() throws IOException {
		assertEquals(Optional.empty(), folderOf("claim a \"Text.\"\ncorpus \"k\"\n"));
		assertEquals(Optional.empty(), folderOf("corpusx \"k\"\n"));
		assertEquals(Optional.empty(), folderOf("corpus \"Ordner \\\"neu\\\"\"\n"));
		assertEquals(Optional.empty(), folderOf("corpus \"k\n"));
		assertEquals(Optional.empty(), folderOf("/* nicht geschlossen corpus \"k\"\n"));
		assertEquals(Optional.empty(), folderOf("corpus \"  \"\n"));
	}

	@Test
	void aFileThatIsNotUtf8NamesNone() throws IOException {
		Path file = root.resolve("latin1.claims");
		Files.write(file, "corpus \"K\u00f6rper\"\n".getBytes(StandardCharsets.ISO_8859_1));
		assertEquals(Optional.empty(), CorpusLine.folder(file));
	}

	private Optional<Path> soleFolderOf(String text) throws IOException {
		Path file = Files.createDirectories(root.resolve("claims")).resolve("test.claims");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return CorpusLine.soleFolder(file);
	}

	@Test
	void aFileWithNothingButItsCorpusLineHasASoleFolder() throws IOException {
		assertEquals(Optional.of(root.resolve("korpus")), soleFolderOf("corpus \"../korpus\"\n"));
		assertEquals(Optional.of(root.resolve("claims/k")),
				soleFolderOf("\uFEFF// Quellen\r\n/* zwei\nZeilen */\tcorpus /* hier */ \"k\" // Ende\n\n /**/ "));
	}

	@Test
	void aFileWithAnythingElseHasNoSoleFolder() throws IOException {
		assertEquals(Optional.empty(), soleFolderOf("corpus \"k\"\nclaim a \"Text.\"\n"));
		assertEquals(Optional.empty(), soleFolderOf("corpus \"k\" x\n"));
		assertEquals(Optional.empty(), soleFolderOf("corpus \"k\"\ncorpus \"k\"\n"));
		assertEquals(Optional.empty(), soleFolderOf("corpus \"k\"\n/* nicht geschlossen\n"));
		assertEquals(Optional.empty(), soleFolderOf("corpus \"k\"\n/\n"));
		assertEquals(Optional.empty(), soleFolderOf("// nur ein Kommentar\n"));
		assertEquals(Optional.empty(), soleFolderOf(""));
		assertEquals(Optional.empty(), soleFolderOf("corpus \"k\"\n" + "// lang\n".repeat(3_000)));
	}

	@Test
	void aLineCommentEndsAtACarriageReturn() throws IOException {
		assertEquals(Optional.empty(), soleFolderOf("// alt\rclaim a \"Text.\"\ncorpus \"k\"\n"));
		assertEquals(Optional.of(root.resolve("claims/k")), folderOf("// alt\rcorpus \"k\"\rclaim a \"Text.\"\r"));
	}

	@Test
	void aMissingFileOrAFolderNamesNone() throws IOException {
		assertEquals(Optional.empty(), CorpusLine.folder(root.resolve("fehlt.claims")));
		assertEquals(Optional.empty(), CorpusLine.folder(root));
	}
}
