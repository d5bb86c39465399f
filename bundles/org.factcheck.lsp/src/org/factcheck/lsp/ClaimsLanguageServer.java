package org.factcheck.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.factcheck.claims.claims.Citation;
import org.factcheck.claims.claims.Claim;
import org.factcheck.lsp.verification.PublishedDiagnostics;
import org.factcheck.quickfix.ClaimNodes;
import org.factcheck.lsp.verification.SaveVerification;
import org.factcheck.lsp.verification.VerdictHover;
import org.factcheck.lsp.verification.VerificationResults;
import org.factcheck.lsp.verification.DocumentLocations;

import com.google.inject.Inject;

/**
 * Xtext's language server with what verification adds: saving a claim file verifies its claims
 * and publishes their verdicts as diagnostics beside the language's own; the hover of a claim
 * shows its verdict; go-to-definition on a cited document opens the document's file.
 */
public class ClaimsLanguageServer extends LanguageServerImpl {

	@Inject
	private SaveVerification verification;

	@Inject
	private VerificationResults results;

	@Inject
	private DocumentLocations locations;

	private final PublishedDiagnostics diagnostics = new PublishedDiagnostics();

	/**
	 * Xtext's server needs a folder to build its workspace from; an editor that opens a single file
	 * may name none, and the server then takes the folder it was started in.
	 */
	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		boolean noFolder = params.getWorkspaceFolders() == null || params.getWorkspaceFolders().isEmpty();
		if (noFolder && params.getRootUri() == null && params.getRootPath() == null) {
			params.setRootUri(Path.of("").toAbsolutePath().toUri().toString());
		}
		return super.initialize(params);
	}

	@Override
	protected ServerCapabilities createServerCapabilities(InitializeParams params) {
		ServerCapabilities capabilities = super.createServerCapabilities(params);
		TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
		sync.setOpenClose(true);
		sync.setChange(TextDocumentSyncKind.Incremental);
		sync.setSave(new SaveOptions(false));
		capabilities.setTextDocumentSync(sync);
		// Document ids and passages are strings: propose them as soon as the quotation mark is typed.
		capabilities.getCompletionProvider().setTriggerCharacters(List.of("\""));
		return capabilities;
	}

	@Override
	public void connect(LanguageClient client) {
		LanguageClient merging = diagnostics.mergingVerdictsInto(client, results);
		verification.connect(merging, diagnostics);
		super.connect(merging);
	}

	@Override
	public void didSave(DidSaveTextDocumentParams params) {
		verification.verify(params.getTextDocument().getUri());
	}

	@Override
	protected List<? extends Location> definition(CancelIndicator cancelIndicator, DefinitionParams params) {
		URI uri = getURI(params);
		List<Location> cited = getWorkspaceManager().doRead(uri, (document, resource) -> citedDocument(document, resource,
				params.getPosition()).map(List::of).orElse(List.of()));
		return cited.isEmpty() ? super.definition(cancelIndicator, params) : cited;
	}

	private Optional<Location> citedDocument(Document document, XtextResource resource, Position position) {
		int offset = document.getOffSet(position);
		return ClaimNodes.at(resource, offset, Citation.class).flatMap(locations::of);
	}

	@Override
	protected Hover hover(HoverParams params, CancelIndicator cancelIndicator) {
		Hover hover = super.hover(params, cancelIndicator);
		URI uri = getURI(params);
		Optional<String> verdict = getWorkspaceManager().doRead(uri, (document, resource) -> ClaimNodes
				.at(resource, document.getOffSet(params.getPosition()), Claim.class)
				.filter(claim -> !(ClaimNodes.at(resource, document.getOffSet(params.getPosition()), Citation.class).isPresent()))
				.flatMap(claim -> results.of(params.getTextDocument().getUri(), claim.getName()))
				.map(VerdictHover::markdown));
		if (verdict.isEmpty()) {
			return hover;
		}
		List<String> parts = new ArrayList<>();
		parts.add(verdict.get());
		if (hover != null && hover.getContents() != null && hover.getContents().isRight()
				&& !hover.getContents().getRight().getValue().isBlank()) {
			parts.add(hover.getContents().getRight().getValue());
		}
		Range range = hover != null ? hover.getRange() : null;
		return new Hover(new MarkupContent(MarkupKind.MARKDOWN, String.join("\n\n---\n\n", parts)), range);
	}

	@Override
	public CompletableFuture<Object> shutdown() {
		verification.close();
		return super.shutdown();
	}
}
