package org.factcheck.ui.editor.quickfix;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.factcheck.claims.corpus.CorpusLocator;
import org.factcheck.claims.corpus.CorpusProvider;
import org.factcheck.claims.corpus.CorpusView;
import org.factcheck.claims.layout.ClaimFileLayout;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.editor.model.ClaimDocumentModel;
import org.factcheck.ui.editor.model.ClaimDocumentModels;
import org.factcheck.ui.editor.model.ClaimSnapshot;
import org.factcheck.ui.editor.model.ClaimTexts;
import org.factcheck.ui.editor.model.Problem;
import org.factcheck.ui.editor.model.Problems;

/**
 * A claim file's text as it is now, checked: from its editor's latest check when it is open,
 * otherwise parsed and validated on the spot. What marker resolutions compute their fixes from, so
 * that a fix never works on an outdated picture of the file.
 */
record FileState(long stamp, ClaimFileLayout layout, List<Problem> problems, Optional<CorpusView> corpus) {

	private static final Duration WAIT_FOR_CHECK = Duration.ofSeconds(5);

	static Optional<FileState> of(IFile file, IDocument document) {
		Optional<ClaimDocumentModel> model = ClaimDocumentModels.find(document);
		long stamp = ClaimDocumentModel.stampOf(document);
		if (model.isPresent()) {
			try {
				Optional<ClaimSnapshot> snapshot = model.get().awaitSnapshot(stamp, WAIT_FOR_CHECK);
				return snapshot.map(s -> new FileState(stamp, s.layout(), s.problems(), s.corpus()));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return Optional.empty();
			}
		}
		if (file.getLocation() == null) {
			return Optional.empty();
		}
		String text = document.get();
		XtextResource resource = ClaimTexts.parse(URI.createFileURI(file.getLocation().toOSString()), text);
		var injector = FactcheckUi.getDefault().claimsInjector();
		Optional<Path> folder = injector.getInstance(CorpusLocator.class).fileFolder(resource);
		ClaimFileLayout layout = ClaimTexts.layout(resource);
		List<Problem> problems = Problems.of(ClaimTexts.validate(resource, CancelIndicator.NullImpl), layout,
				text.length(), folder);
		return Optional.of(new FileState(stamp, layout, problems, injector.getInstance(CorpusProvider.class).view(resource)));
	}
}
