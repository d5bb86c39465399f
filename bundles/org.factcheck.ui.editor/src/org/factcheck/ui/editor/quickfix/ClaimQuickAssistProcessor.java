package org.factcheck.ui.editor.quickfix;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.ITextViewerExtension;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.factcheck.claims.layout.ClaimLayout;
import org.factcheck.quickfix.ClaimFix;
import org.factcheck.ui.editor.annotations.ClaimProblemAnnotation;
import org.factcheck.ui.editor.markers.ClaimProblemMarker;
import org.factcheck.ui.editor.model.ClaimDocumentModel;
import org.factcheck.ui.editor.model.ClaimDocumentModels;
import org.factcheck.ui.editor.model.ClaimSnapshot;
import org.factcheck.ui.editor.model.Problem;
import org.factcheck.ui.markers.VerdictMarker;

/**
 * Quick fixes (Ctrl+1) in the claim editor: the fixes of the language problems under the cursor,
 * and the fixes the claim's latest verdict suggests. Where a marker covers the same problem or
 * claim, the Generic Editor already lists its marker resolutions (the same fixes), so they are not
 * listed twice.
 */
public class ClaimQuickAssistProcessor implements IQuickAssistProcessor {

	private static final Duration WAIT_FOR_CHECK = Duration.ofSeconds(2);

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof ClaimProblemAnnotation problem && problem.isQuickFixable();
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return computeQuickAssistProposals(context).length > 0;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		ISourceViewer viewer = context.getSourceViewer();
		IDocument document = viewer.getDocument();
		Optional<ClaimDocumentModel> model = ClaimDocumentModels.find(document);
		if (model.isEmpty()) {
			return new ICompletionProposal[0];
		}
		long stamp = ClaimDocumentModel.stampOf(document);
		Optional<ClaimSnapshot> snapshot;
		try {
			snapshot = model.get().awaitSnapshot(stamp, WAIT_FOR_CHECK);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new ICompletionProposal[0];
		}
		if (snapshot.isEmpty()) {
			return new ICompletionProposal[0];
		}
		int offset = context.getOffset();
		IRewriteTarget rewrite = viewer instanceof ITextViewerExtension extension ? extension.getRewriteTarget() : null;
		IAnnotationModel annotations = viewer.getAnnotationModel();
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (Problem problem : snapshot.get().problems()) {
			if (problem.fixes().isEmpty() || !touches(problem.offset(), problem.length(), offset)
					|| markerCovers(annotations, ClaimProblemMarker.TYPE, problem.offset(), problem.length(), problem.code())) {
				continue;
			}
			for (ClaimFix fix : problem.fixes()) {
				proposals.add(new ClaimFixProposal(fix, stamp, rewrite, image(ISharedImages.IMG_OBJS_ERROR_TSK)));
			}
		}
		Optional<ClaimLayout> claim = snapshot.get().layout().claimAt(offset);
		if (claim.isPresent() && !markerCovers(annotations, VerdictMarker.TYPE, claim.get().span().offset(),
				claim.get().span().length(), null)) {
			for (ClaimFix fix : verdictFixes(model.get(), claim.get().name(), snapshot.get())) {
				proposals.add(new ClaimFixProposal(fix, stamp, rewrite, image(ISharedImages.IMG_OBJS_INFO_TSK)));
			}
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	/** The fixes of the claim's latest verdict, computed on the document's model as it is now. */
	private static List<ClaimFix> verdictFixes(ClaimDocumentModel model, String name, ClaimSnapshot snapshot) {
		try {
			return model.read(WAIT_FOR_CHECK, resource -> ClaimFixes.claim(resource, name)
					.map(parsed -> ClaimFixes.fromVerdict(model.file(), parsed, snapshot.corpus())).orElse(List.of()))
					.orElse(List.of());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return List.of();
		}
	}

	private static boolean touches(int start, int length, int offset) {
		return start <= offset && offset <= start + length;
	}

	/** Whether a marker of the type (and issue code, if given) lies within the range. */
	private static boolean markerCovers(IAnnotationModel annotations, String type, int start, int length, String code) {
		if (annotations == null) {
			return false;
		}
		for (Iterator<Annotation> all = annotations.getAnnotationIterator(); all.hasNext();) {
			if (all.next() instanceof MarkerAnnotation annotation) {
				IMarker marker = annotation.getMarker();
				Position position = annotations.getPosition(annotation);
				if (position != null && !position.isDeleted() && type.equals(ClaimProblemMarker.typeOf(marker))
						&& position.getOffset() >= start && position.getOffset() <= start + length
						&& (code == null || code.equals(marker.getAttribute(ClaimProblemMarker.CODE, null)))) {
					return true;
				}
			}
		}
		return false;
	}

	private static org.eclipse.swt.graphics.Image image(String key) {
		return PlatformUI.getWorkbench().getSharedImages().getImage(key);
	}
}
