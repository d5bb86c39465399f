package org.factcheck.lsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./factcheck lsp} as an editor runs it: a separate process of the materialised product,
 * driven over standard input and output by LSP4J's client side.
 */
class LanguageServerProcessTest {

	private static final long SECONDS = 180;
	private static final String UNKNOWN = "004_cf013e87bb0c497";
	private static final String KNOWN = "004_cf013e87bb0c4974";

	@TempDir
	Path temp;

	private Process process;
	private LspMessages stdout;
	private RecordingClient client;
	private LanguageServer server;
	private Path file;
	private String uri;

	private static Path repository() {
		String examples = System.getProperty("factcheck.examples");
		return Path.of(examples == null ? "examples" : examples).toAbsolutePath().normalize().getParent();
	}

	@BeforeEach
	void startServer() throws Exception {
		Path seeds = repository().resolve("examples/seeds/corpus");
		file = temp.resolve("claims/lsp.claims");
		Files.createDirectories(file.getParent());
		Files.writeString(file, String.join("\n", "corpus \"" + seeds + "\"", "",
				"claim containers \"Nordkorea hat nach Angaben aus Südkorea mindestens 10.000 Container nach Russland geliefert.\"",
				"    cites \"" + UNKNOWN + "\"", "",
				"claim soldiers \"In Südkorea sind 18.500 US-Soldaten stationiert.\"",
				"    cites \"000_8c535eb6db9358b5\"",
				"    expect supported", "",
				"claim austin \"Lloyd Austin sagte, die genauen Aktivitäten der Soldaten seien noch abzuwarten.\"",
				"    cites \"003_5631f6e596cc8e95\"", ""), StandardCharsets.UTF_8);
		uri = file.toUri().toString();

		ProcessBuilder builder = new ProcessBuilder(repository().resolve("factcheck").toString(), "lsp")
				.redirectError(temp.resolve("server.log").toFile());
		Map<String, String> environment = builder.environment();
		environment.put("FACTCHECK_NO_BUILD", "1");
		environment.put("XDG_CACHE_HOME", temp.resolve("cache").toString());
		process = builder.start();
		stdout = new LspMessages(process.getInputStream());
		client = new RecordingClient();
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, stdout, process.getOutputStream());
		launcher.startListening();
		server = launcher.getRemoteProxy();

		InitializeParams params = new InitializeParams();
		params.setRootUri(file.getParent().toUri().toString());
		params.setCapabilities(new ClientCapabilities());
		InitializeResult result = server.initialize(params).get(SECONDS, TimeUnit.SECONDS);
		assertTrue(result.getCapabilities().getCompletionProvider() != null, "completion is offered");
		assertTrue(result.getCapabilities().getTextDocumentSync().getRight().getSave() != null,
				"the server asks to hear of saves");
		server.initialized(new InitializedParams());
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
				new TextDocumentItem(uri, "claims", 1, Files.readString(file, StandardCharsets.UTF_8))));
	}

	@AfterEach
	void stopServer() throws Exception {
		if (process != null && process.isAlive()) {
			process.destroyForcibly();
		}
	}

	private static String message(Diagnostic diagnostic) {
		return diagnostic.getMessage().isLeft() ? diagnostic.getMessage().getLeft() : diagnostic.getMessage().getRight().getValue();
	}

	private static boolean has(PublishDiagnosticsParams params, String text) {
		return params.getDiagnostics().stream().anyMatch(d -> message(d).contains(text));
	}

	private Diagnostic unknownDocument() throws InterruptedException {
		PublishDiagnosticsParams published = client.await(p -> has(p, "Unknown document '" + UNKNOWN + "'"), SECONDS);
		return published.getDiagnostics().stream().filter(d -> message(d).contains(UNKNOWN)).findFirst().orElseThrow();
	}

	@Test
	void anEditorSessionFromOpeningToShutdown() throws Exception {
		Diagnostic unknown = unknownDocument();
		assertEquals(DiagnosticSeverity.Error, unknown.getSeverity());
		assertTrue(message(unknown).contains("did you mean '" + KNOWN + "'"), message(unknown));
		assertEquals(3, unknown.getRange().getStart().getLine());

		TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
		List<CompletionItem> completions = server.getTextDocumentService()
				.completion(new CompletionParams(document, new Position(6, 11))).get(SECONDS, TimeUnit.SECONDS).getRight().getItems();
		List<String> labels = completions.stream().map(CompletionItem::getLabel).toList();
		assertTrue(labels.containsAll(List.of("000_8c535eb6db9358b5", "001_f7fa05fd70448d5b", KNOWN)), labels::toString);

		Hover hover = server.getTextDocumentService().hover(new HoverParams(document, new Position(6, 16))).get(SECONDS,
				TimeUnit.SECONDS);
		assertTrue(hover.getContents().getRight().getValue().contains("Document `000_8c535eb6db9358b5`"),
				hover.getContents().toString());

		List<? extends Location> definition = server.getTextDocumentService()
				.definition(new DefinitionParams(document, new Position(6, 16))).get(SECONDS, TimeUnit.SECONDS).getLeft();
		assertEquals(1, definition.size());
		assertTrue(definition.get(0).getUri().endsWith("/examples/seeds/corpus/000_8c535eb6db9358b5.txt"), definition.toString());

		List<String> symbols = server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(document))
				.get(SECONDS, TimeUnit.SECONDS).stream()
				.map(symbol -> symbol.isLeft() ? symbol.getLeft().getName() : symbol.getRight().getName()).toList();
		assertTrue(symbols.containsAll(List.of("containers", "soldiers", "austin")), symbols::toString);

		List<CodeAction> fixes = actions(document, unknown);
		assertEquals("Cite '" + KNOWN + "'", fixes.get(0).getTitle());
		TextEdit edit = fixes.get(0).getEdit().getChanges().get(uri).get(0);
		assertEquals("\"" + KNOWN + "\"", edit.getNewText());
		assertEquals(3, edit.getRange().getStart().getLine());

		client.forget();
		server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(document));
		PublishDiagnosticsParams verdicts = client.await(
				p -> p.getDiagnostics().stream().anyMatch(d -> "factcheck".equals(d.getSource())), SECONDS);
		Map<String, Diagnostic> byClaim = verdicts.getDiagnostics().stream().filter(d -> "factcheck".equals(d.getSource()))
				.collect(Collectors.toMap(d -> d.getData().toString().replace("\"", ""), d -> d));
		assertEquals(2, byClaim.size(), "the two claims without errors are verified: " + byClaim.keySet());
		Diagnostic soldiers = byClaim.get("soldiers");
		assertEquals(DiagnosticSeverity.Error, soldiers.getSeverity(), "a failed expectation is an error");
		assertTrue(message(soldiers).startsWith("conflicting — ") && message(soldiers).endsWith("(expected supported)"),
				message(soldiers));
		assertEquals(5, soldiers.getRange().getStart().getLine());
		assertTrue(soldiers.getRelatedInformation().get(0).getMessage().contains("28.500"), "the deciding passage");
		assertEquals(DiagnosticSeverity.Information, byClaim.get("austin").getSeverity());
		assertTrue(message(byClaim.get("austin")).startsWith("supported"));
		assertTrue(has(verdicts, "Unknown document '" + UNKNOWN + "'"), "the language's diagnostics stay");

		List<String> verdictFixes = actions(document, soldiers).stream().map(CodeAction::getTitle).toList();
		assertTrue(verdictFixes.contains("Expect conflicting"), verdictFixes::toString);

		Hover claimHover = server.getTextDocumentService().hover(new HoverParams(document, new Position(5, 8))).get(SECONDS,
				TimeUnit.SECONDS);
		assertTrue(claimHover.getContents().getRight().getValue().startsWith("**conflicting** (expected supported)"),
				claimHover.getContents().toString());

		server.shutdown().get(SECONDS, TimeUnit.SECONDS);
		server.exit();
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the server ends after exit");
		assertEquals(0, process.exitValue(), this::serverLog);
		assertNull(stdout.problem(), "standard output carries nothing but LSP messages");
	}

	@Test
	void whatTheCorpusCacheTellsIsShownOnce() throws Exception {
		unknownDocument();
		Path cache;
		try (Stream<Path> corpora = Files.list(temp.resolve("cache/factcheck/corpora"))) {
			cache = corpora.filter(Files::isDirectory).findFirst().orElseThrow();
		}
		Files.writeString(cache.resolve("derived"), "a file where the analyses would go");
		TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
		String notice = "Warning: factcheck: " + cache.resolve("derived")
				+ ": cannot keep sentence analyses (a file is in its place); verification is not affected, only slower";

		server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(document));
		assertEquals(List.of(notice), client.awaitShown(shown -> !shown.isEmpty(), SECONDS));
		client.forget();
		server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(document));
		client.await(p -> p.getDiagnostics().stream().anyMatch(d -> "factcheck".equals(d.getSource())), SECONDS);
		assertEquals(List.of(notice), client.awaitShown(shown -> shown.size() > 1, 2), "told once, not on every save");
	}

	private List<CodeAction> actions(TextDocumentIdentifier document, Diagnostic diagnostic) throws Exception {
		CodeActionParams params = new CodeActionParams(document, diagnostic.getRange(), new CodeActionContext(List.of(diagnostic)));
		List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions = server.getTextDocumentService().codeAction(params)
				.get(SECONDS, TimeUnit.SECONDS);
		return actions.stream().filter(Either::isRight).map(Either::getRight).toList();
	}

	private String serverLog() {
		try {
			return Files.readString(temp.resolve("server.log"));
		} catch (IOException e) {
			return e.toString();
		}
	}
}
