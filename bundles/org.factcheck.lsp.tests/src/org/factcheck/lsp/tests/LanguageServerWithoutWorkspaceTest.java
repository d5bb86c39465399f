package org.factcheck.lsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An editor that opens a single claim file starts {@code ./factcheck lsp} naming no workspace
 * folder: the server works in the folder it was started in.
 */
class LanguageServerWithoutWorkspaceTest {

	private static final long SECONDS = 180;

	@TempDir
	Path temp;

	private Process process;

	@AfterEach
	void stopServer() {
		if (process != null && process.isAlive()) {
			process.destroyForcibly();
		}
	}

	@Test
	void aServerStartedWithoutAWorkspaceFolderChecksTheFilesOfItsWorkingFolder() throws Exception {
		Path repository = Path.of(System.getProperty("factcheck.examples", "examples")).toAbsolutePath().normalize()
				.getParent();
		Path file = temp.resolve("single/one.claims");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "corpus \"" + repository.resolve("examples/seeds/corpus") + "\"\n\n"
				+ "claim one \"Nordkorea hat Container nach Russland geliefert.\"\n    cites \"004_cf013e87bb0c497\"\n",
				StandardCharsets.UTF_8);
		ProcessBuilder builder = new ProcessBuilder(repository.resolve("factcheck").toString(), "lsp")
				.directory(file.getParent().toFile()).redirectError(temp.resolve("server.log").toFile());
		builder.environment().put("FACTCHECK_NO_BUILD", "1");
		builder.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
		process = builder.start();
		RecordingClient client = new RecordingClient();
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, new LspMessages(process.getInputStream()),
				process.getOutputStream());
		launcher.startListening();
		LanguageServer server = launcher.getRemoteProxy();

		InitializeParams params = new InitializeParams();
		params.setCapabilities(new ClientCapabilities());
		InitializeResult result = server.initialize(params).get(SECONDS, TimeUnit.SECONDS);
		assertTrue(result.getCapabilities().getCompletionProvider() != null, "initialized");
		server.initialized(new InitializedParams());
		String uri = file.toUri().toString();
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
				new TextDocumentItem(uri, "claims", 1, Files.readString(file, StandardCharsets.UTF_8))));

		var published = client.await(p -> p.getUri().equals(uri) && !p.getDiagnostics().isEmpty(), SECONDS);
		assertEquals(3, published.getDiagnostics().get(0).getRange().getStart().getLine());
		assertTrue(published.getDiagnostics().get(0).getMessage().getLeft().contains("Unknown document '004_cf013e87bb0c497'"),
				published.getDiagnostics().toString());
	}
}
