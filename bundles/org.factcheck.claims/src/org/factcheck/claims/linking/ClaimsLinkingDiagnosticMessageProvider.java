package org.factcheck.claims.linking;

import java.util.Optional;

import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.factcheck.claims.claims.ClaimsPackage;
import org.factcheck.claims.corpus.CorpusProvider;
import org.factcheck.claims.corpus.CorpusResolution;
import org.factcheck.claims.validation.ClaimsIssueCodes;

import com.google.inject.Inject;

/**
 * Explains a citation that does not link: the document is not in the corpus (with the closest id
 * when one is near), the corpus cannot be opened, or the file has no corpus at all. Xtext also asks
 * for the message of every link that does resolve once a file has linking errors, so the closest
 * id is only looked for when the id is not in the corpus.
 */
public class ClaimsLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	@Inject
	private CorpusProvider corpusProvider;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		if (context.getReference() != ClaimsPackage.Literals.CITATION__DOCUMENT) {
			return super.getUnresolvedProxyMessage(context);
		}
		String id = context.getLinkText();
		CorpusResolution resolution = corpusProvider.resolve(context.getContext().eResource());
		if (resolution instanceof CorpusResolution.Available available) {
			String message = id.isEmpty() ? "Empty document id: name a document of corpus " + available.corpusView().directory()
					: "Unknown document '" + id + "' in corpus " + available.corpusView().directory();
			Optional<String> closest = available.corpusView().document(id).isPresent() ? Optional.empty()
					: new ClosestDocumentId(available.corpusView().corpus()).to(id);
			return new DiagnosticMessage(message + closest.map(suggestion -> ": did you mean '" + suggestion + "'?").orElse(""),
					Severity.ERROR, ClaimsIssueCodes.UNKNOWN_DOCUMENT,
					closest.map(suggestion -> new String[] { id, suggestion }).orElseGet(() -> new String[] { id }));
		}
		if (resolution instanceof CorpusResolution.Unavailable unavailable) {
			String corpus = unavailable.directory().map(directory -> "corpus " + directory).orElse("the corpus");
			return new DiagnosticMessage("Cannot look up document '" + id + "': " + corpus + " cannot be used because "
					+ unavailable.reason(), Severity.ERROR, ClaimsIssueCodes.CORPUS_UNAVAILABLE, id);
		}
		return new DiagnosticMessage("No corpus for this file: add `corpus \"DIR\"` or pass --corpus", Severity.ERROR,
				ClaimsIssueCodes.NO_CORPUS, id);
	}
}
