package org.factcheck.lsp.codeactions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.factcheck.claims.claims.Claim;
import org.factcheck.claims.claims.ClaimFile;
import org.factcheck.claims.corpus.CorpusProvider;
import org.factcheck.engine.batch.VerifiedClaim;
import org.factcheck.lsp.verification.VerdictDiagnostics;
import org.factcheck.lsp.verification.VerificationResults;
import org.factcheck.quickfix.ClaimFix;
import org.factcheck.quickfix.DiagnosticFixes;
import org.factcheck.quickfix.TextEdit;
import org.factcheck.quickfix.VerdictFixes;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

import com.google.inject.Inject;

/**
 * The quick fixes of {@link DiagnosticFixes} and {@link VerdictFixes} as LSP code actions: one
 * action per fix of each diagnostic the client asks about, its edits as a workspace edit.
 */
public class ClaimsCodeActionService implements ICodeActionService2 {

	@Inject
	private VerificationResults results;

	@Inject
	private CorpusProvider corpusProvider;

	private final DiagnosticFixes diagnosticFixes = new DiagnosticFixes();
	private final VerdictFixes verdictFixes = new VerdictFixes();

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		List<Either<Command, CodeAction>> actions = new ArrayList<>();
		String uri = options.getCodeActionParams().getTextDocument().getUri();
		for (Diagnostic diagnostic : options.getCodeActionParams().getContext().getDiagnostics()) {
			List<ClaimFix> fixes = options.getLanguageServerAccess().doSyncRead(uri,
					context -> fixes(diagnostic, uri, context.getDocument(), (XtextResource) context.getResource()));
			for (ClaimFix fix : fixes) {
				actions.add(Either.forRight(action(fix, diagnostic, uri, options.getDocument() != null ? options.getDocument()
						: options.getLanguageServerAccess().doSyncRead(uri, context -> context.getDocument()))));
			}
		}
		return actions;
	}

	private List<ClaimFix> fixes(Diagnostic diagnostic, String uri, Document document, XtextResource resource) {
		if (VerdictDiagnostics.SOURCE.equals(diagnostic.getSource())) {
			Optional<String> name = data(diagnostic.getData()).stream().findFirst();
			Optional<VerifiedClaim> verified = name.flatMap(n -> results.of(uri, n));
			Optional<Claim> claim = name.flatMap(n -> claim(resource, n));
			return verified.isPresent() && claim.isPresent() ? verdictFixes.fixes(claim.get(), verified.get().result(),
					id -> corpusProvider.view(resource).flatMap(view -> view.document(id))
							.map(org.factcheck.corpus.Document::getPublished))
					: List.of();
		}
		String code = diagnostic.getCode() == null ? null : diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft()
				: String.valueOf(diagnostic.getCode().getRight());
		return diagnosticFixes.fixes(resource, code, data(diagnostic.getData()), document.getOffSet(diagnostic.getRange().getStart()));
	}

	private static Optional<Claim> claim(XtextResource resource, String name) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof ClaimFile file)) {
			return Optional.empty();
		}
		return file.getClaims().stream().filter(claim -> name.equals(claim.getName())).findFirst();
	}

	/** Issue data as the client sends it back: a JSON array or string, or as the server made it. */
	static List<String> data(Object data) {
		List<String> values = new ArrayList<>();
		if (data instanceof JsonArray array) {
			array.forEach(element -> values.add(element.isJsonPrimitive() ? element.getAsString() : element.toString()));
		} else if (data instanceof JsonPrimitive primitive) {
			values.add(primitive.getAsString());
		} else if (data instanceof JsonElement element && !element.isJsonNull()) {
			values.add(element.toString());
		} else if (data instanceof String[] strings) {
			values.addAll(List.of(strings));
		} else if (data instanceof List<?> list) {
			list.forEach(value -> values.add(String.valueOf(value)));
		} else if (data != null) {
			values.add(String.valueOf(data));
		}
		return values;
	}

	private static CodeAction action(ClaimFix fix, Diagnostic diagnostic, String uri, Document document) {
		CodeAction action = new CodeAction(fix.label());
		action.setKind(CodeActionKind.QuickFix);
		action.setDiagnostics(List.of(diagnostic));
		List<org.eclipse.lsp4j.TextEdit> edits = new ArrayList<>();
		for (TextEdit edit : fix.edits()) {
			Range range = new Range(document.getPosition(edit.offset()), document.getPosition(edit.offset() + edit.length()));
			edits.add(new org.eclipse.lsp4j.TextEdit(range, edit.text()));
		}
		action.setEdit(new WorkspaceEdit(Map.of(uri, edits)));
		return action;
	}
}
