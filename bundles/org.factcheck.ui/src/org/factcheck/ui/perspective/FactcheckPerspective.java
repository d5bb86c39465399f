package org.factcheck.ui.perspective;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.factcheck.ui.views.corpus.CorpusView;
import org.factcheck.ui.views.evidence.EvidenceView;
import org.factcheck.ui.views.verification.VerificationView;

/**
 * The Fact-check perspective: projects (with the outline) and corpora on the left, the claim
 * editor, and below it the verification results (with the Problems and Properties views) beside
 * the evidence of the current claim.
 */
public final class FactcheckPerspective implements IPerspectiveFactory {

	public static final String ID = "org.factcheck.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();

		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.2f, editors);
		left.addView(IPageLayout.ID_PROJECT_EXPLORER);
		left.addView(IPageLayout.ID_OUTLINE);
		IFolderLayout corpus = layout.createFolder("leftBottom", IPageLayout.BOTTOM, 0.45f, "left");
		corpus.addView(CorpusView.ID);

		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.55f, editors);
		bottom.addView(VerificationView.ID);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
		IFolderLayout evidence = layout.createFolder("bottomRight", IPageLayout.RIGHT, 0.56f, "bottom");
		evidence.addView(EvidenceView.ID);

		layout.addShowViewShortcut(VerificationView.ID);
		layout.addShowViewShortcut(EvidenceView.ID);
		layout.addShowViewShortcut(CorpusView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addNewWizardShortcut("org.factcheck.ui.wizards.newProject");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
		layout.addPerspectiveShortcut("org.eclipse.ui.resourcePerspective");
	}
}
