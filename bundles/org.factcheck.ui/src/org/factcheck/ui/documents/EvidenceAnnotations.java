package org.factcheck.ui.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.factcheck.checker.Evidence;
import org.factcheck.checker.Finding;
import org.factcheck.checker.FindingKind;
import org.factcheck.checker.Verdict;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.engine.batch.VerifiedClaim;
import org.factcheck.ui.results.FileVerification;
import org.factcheck.ui.views.CheckerNames;

/**
 * The passages of a corpus document that the claims verified in this session rest on, as
 * annotations: one per passage, typed by what it does to the claims (supports, conflicts, or only
 * informs), with the claims and findings as its text (shown by hovers).
 */
public final class EvidenceAnnotations {

	/** Annotation types, declared in plugin.xml with their colours. */
	public static final String SUPPORTING = "org.factcheck.ui.evidence.supporting";
	public static final String CONFLICTING = "org.factcheck.ui.evidence.conflicting";
	public static final String INFORMING = "org.factcheck.ui.evidence.informing";

	private record Passage(int start, int end) {
	}

	private EvidenceAnnotations() {
	}

	/** Replaces the model's evidence annotations by those the results give for the document. */
	public static void update(IAnnotationModel model, CorpusStore store, String documentId, List<FileVerification> results) {
		Map<Passage, List<String>> lines = new LinkedHashMap<>();
		Map<Passage, String> types = new HashMap<>();
		for (FileVerification verification : results) {
			if (!isSameCorpus(verification, store)) {
				continue;
			}
			for (VerifiedClaim claim : verification.claims()) {
				for (Finding finding : claim.result().findings()) {
					for (Evidence evidence : finding.evidence()) {
						if (!evidence.documentId().equals(documentId)) {
							continue;
						}
						Passage passage = new Passage(evidence.start(), evidence.end());
						lines.computeIfAbsent(passage, p -> new ArrayList<>()).add(describe(verification, claim, finding));
						types.merge(passage, type(finding), EvidenceAnnotations::stronger);
					}
				}
			}
		}
		List<Annotation> old = new ArrayList<>();
		model.getAnnotationIterator().forEachRemaining(annotation -> {
			if (isEvidence(annotation.getType())) {
				old.add(annotation);
			}
		});
		Map<Annotation, Position> added = new HashMap<>();
		lines.forEach((passage, text) -> added.put(new Annotation(types.get(passage), false,
				String.join("\n", text.stream().distinct().toList())), new Position(passage.start(), passage.end() - passage.start())));
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(old.toArray(Annotation[]::new), added);
		} else {
			old.forEach(model::removeAnnotation);
			added.forEach(model::addAnnotation);
		}
	}

	public static boolean isEvidence(String type) {
		return SUPPORTING.equals(type) || CONFLICTING.equals(type) || INFORMING.equals(type);
	}

	private static boolean isSameCorpus(FileVerification verification, CorpusStore store) {
		return verification.corpus().map(corpus -> corpus == store
				|| corpus.corpusDirectory().equals(store.corpusDirectory())).orElse(false);
	}

	private static String type(Finding finding) {
		if (finding.kind() != FindingKind.ASSESSMENT) {
			return INFORMING;
		}
		return finding.verdict() == Verdict.SUPPORTED ? SUPPORTING
				: finding.verdict() == Verdict.CONFLICTING ? CONFLICTING : INFORMING;
	}

	/** A passage that conflicts with any claim is shown as conflicting, else supporting, else informing. */
	private static String stronger(String a, String b) {
		if (CONFLICTING.equals(a) || CONFLICTING.equals(b)) {
			return CONFLICTING;
		}
		return SUPPORTING.equals(a) || SUPPORTING.equals(b) ? SUPPORTING : INFORMING;
	}

	private static String describe(FileVerification verification, VerifiedClaim claim, Finding finding) {
		String what = finding.kind() == FindingKind.ASSESSMENT ? finding.verdict().label()
				: finding.kind().name().toLowerCase(java.util.Locale.ROOT);
		return "Claim " + claim.source().claim().name() + " (" + verification.file().getName() + ", "
				+ claim.result().verdictValue().label() + "): " + CheckerNames.of(finding.checkerId()) + " — " + what
				+ ": " + finding.message();
	}
}
