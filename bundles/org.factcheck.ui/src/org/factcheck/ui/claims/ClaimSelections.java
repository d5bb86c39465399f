package org.factcheck.ui.claims;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.markers.VerdictMarker;

/**
 * Finds the claim a selection stands for: the claim under the cursor of a claim editor, a selected
 * element that adapts to {@link ClaimReference} (Verification view rows, outline items), or a
 * marker on a claim file (Problems view).
 */
public final class ClaimSelections {

	public static final String FILE_EXTENSION = "claims";

	private final ClaimDocuments documents;

	public ClaimSelections(ClaimDocuments documents) {
		this.documents = documents;
	}

	/** The claim the selection in {@code part} stands for, if any. */
	public Optional<ClaimReference> claimOf(IWorkbenchPart part, ISelection selection) {
		if (selection instanceof ITextSelection text && part instanceof ITextEditor editor) {
			return claimInEditor(editor, text.getOffset());
		}
		if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
			Optional<ClaimReference> claim = claimOf(structured.getFirstElement());
			if (claim.isPresent() || !IPageLayout.ID_OUTLINE.equals(part.getSite().getId())) {
				return claim;
			}
			// The Outline of a claim editor moves the editor's selection to the claim it shows.
			if (part.getSite().getPage().getActiveEditor() instanceof ITextEditor editor
					&& editor.getSelectionProvider() != null
					&& editor.getSelectionProvider().getSelection() instanceof ITextSelection text) {
				return claimInEditor(editor, text.getOffset());
			}
		}
		return Optional.empty();
	}

	/** The claim under {@code offset} in a claim editor. */
	public Optional<ClaimReference> claimInEditor(ITextEditor editor, int offset) {
		IEditorInput input = editor.getEditorInput();
		IFile file = input == null ? null : input.getAdapter(IFile.class);
		if (!isClaimFile(file) || editor.getDocumentProvider() == null) {
			return Optional.empty();
		}
		IDocument document = editor.getDocumentProvider().getDocument(input);
		if (document == null) {
			return Optional.empty();
		}
		return documents.claimAt(document, offset).map(claim -> new ClaimReference(file, claim.name()));
	}

	/** The claim a selected element stands for. */
	public Optional<ClaimReference> claimOf(Object element) {
		ClaimReference reference = Adapters.adapt(element, ClaimReference.class);
		if (reference != null) {
			return Optional.of(reference);
		}
		IMarker marker = Adapters.adapt(element, IMarker.class);
		if (marker != null && marker.exists() && marker.getResource() instanceof IFile file && isClaimFile(file)) {
			String name = marker.getAttribute(VerdictMarker.CLAIM_NAME, null);
			if (name != null) {
				return Optional.of(new ClaimReference(file, name));
			}
			return claimAtMarker(file, marker);
		}
		return Optional.empty();
	}

	private Optional<ClaimReference> claimAtMarker(IFile file, IMarker marker) {
		int offset = marker.getAttribute(IMarker.CHAR_START, -1);
		int line = marker.getAttribute(IMarker.LINE_NUMBER, -1);
		if (offset < 0 && line < 1) {
			return Optional.empty();
		}
		String text;
		try {
			text = read(file);
		} catch (IOException | CoreException e) {
			return Optional.empty();
		}
		ParsedClaims claims = documents.parse(text);
		if (offset < 0) {
			offset = offsetOfLine(text, line);
		}
		return claims.at(offset).map(claim -> new ClaimReference(file, claim.name()));
	}

	public static boolean isClaimFile(IFile file) {
		return file != null && FILE_EXTENSION.equals(file.getFileExtension());
	}

	/** The file's text in its charset. */
	public static String read(IFile file) throws IOException, CoreException {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), Charset.forName(file.getCharset()));
		}
	}

	private static int offsetOfLine(String text, int line) {
		int offset = 0;
		for (int current = 1; current < line && offset >= 0; current++) {
			offset = text.indexOf('\n', offset);
			if (offset >= 0) {
				offset++;
			}
		}
		return Math.max(0, offset);
	}

	/** The service of the running workbench. */
	public static ClaimSelections current() {
		return FactcheckUi.getDefault().claimSelections();
	}
}
