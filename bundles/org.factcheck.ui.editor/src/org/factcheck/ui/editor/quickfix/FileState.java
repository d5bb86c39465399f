package org.factcheck.ui.editor.quickfix;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.factcheck.claims.corpus.CorpusProvider;
import org.factcheck.claims.corpus.CorpusView;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.editor.model.ClaimDocumentModel;
import org.factcheck.ui.editor.model.ClaimDocumentModels;
import org.factcheck.ui.editor.model.ClaimSnapshot;
import org.factcheck.ui.editor.model.ClaimTexts;
import org.factcheck.ui.editor.model.Problem;
import org.factcheck.ui.editor.model.Problems;

/**
 * A claim file's text as it is now, parsed and checked: from its editor's model when it is open,
 * otherwise parsed and validated on the spot. What marker resolutions compute their fixes from, so
 * that a fix never works on an outdated picture of the file. Valid only inside {@link #with}.
 */
record FileState(XtextResource resource, List<Problem> problems, Optional<CorpusView> corpus) {

	private static final Duration WAIT_FOR_CHECK = Duration.ofSeconds(5);

	/** Runs {@code user} on the state of the file whose text {@code document} holds. */
	static <T> Optional<T> with(IFile file, IDocument document, Function<FileState, Optional<T>> user) {
		Optional<ClaimDocumentModel> model = ClaimDocumentModels.find(document);
		if (model.isPresent()) {
			try {
				Optional<ClaimSnapshot> snapshot = model.get().awaitSnapshot(ClaimDocumentModel.stampOf(document),
						WAIT_FOR_CHECK);
				if (snapshot.isEmpty()) {
					return Optional.empty();
				}
				return model.get().read(WAIT_FOR_CHECK,
						resource -> user.apply(new FileState(resource, snapshot.get().problems(), snapshot.get().corpus())))
						.flatMap(result -> result);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return Optional.empty();
			}
		}
		if (file.getLocation() == null) {
			return Optional.empty();
		}
		XtextResource resource = ClaimTexts.parse(URI.createFileURI(file.getLocation().toOSString()), document.get());
		List<Problem> problems = Problems.of(ClaimTexts.validate(resource, CancelIndicator.NullImpl), resource);
		Optional<CorpusView> corpus = FactcheckUi.getDefault().claimsInjector().getInstance(CorpusProvider.class)
				.view(resource);
		return user.apply(new FileState(resource, problems, corpus));
	}
}
