package org.factcheck.claims.ide.contentassist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalCreator;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalPriorities;
import org.factcheck.claims.claims.Citation;
import org.factcheck.claims.claims.Claim;
import org.factcheck.claims.corpus.CorpusView;
import org.factcheck.claims.linking.WrittenDocumentId;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.QuoteMention;
import org.factcheck.corpus.store.SentenceMatch;

import com.google.inject.Inject;

/**
 * Proposes passages of the cited document for a {@code quote}: its article sentences (never page
 * furniture) that best match the claim text first, each preceded by the quoted speech it contains.
 * Once the user has typed part of a passage, the proposals continue from where that text occurs.
 */
public class PassageProposals {

	/** How many passages are proposed at most. */
	static final int LIMIT = 20;

	private static final int SENTENCES_CONSIDERED = 500;

	private static final int LABEL_LENGTH = 90;

	@Inject
	private IdeContentProposalCreator proposalCreator;

	@Inject
	private IdeContentProposalPriorities priorities;

	@Inject
	private WrittenDocumentId writtenDocumentId;

	public void propose(CorpusView corpus, Citation citation, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		Optional<String> documentId = writtenDocumentId.of(citation);
		if (documentId.isEmpty()) {
			return;
		}
		String claimText = citation.eContainer() instanceof Claim claim && claim.getText() != null ? claim.getText() : "";
		TypedText typed = TypedText.at(context);
		int rank = 0;
		for (Map.Entry<String, String> passage : passages(corpus, documentId.get(), claimText).entrySet()) {
			if (rank >= LIMIT || !acceptor.canAcceptMoreProposals()) {
				return;
			}
			Optional<String> continuation = continuation(passage.getKey(), typed.value());
			if (continuation.isEmpty()) {
				continue;
			}
			String text = continuation.get();
			ContentAssistEntry entry = proposalCreator.createProposal(typed.literal(text), context,
					ContentAssistEntry.KIND_TEXT, proposal -> {
						proposal.setLabel(shortened(text));
						proposal.setDescription(passage.getValue());
						proposal.setDocumentation(text);
					});
			if (entry != null) {
				acceptor.accept(entry, priorities.getDefaultPriority(entry) - rank);
				rank++;
			}
		}
	}

	/** Passage texts in proposal order, each with a description of where it comes from. */
	private static Map<String, String> passages(CorpusView corpus, String documentId, String claimText) {
		List<QuoteMention> quotes = corpus.content(documentId).map(PassageProposals::quotes).orElse(List.of());
		Map<String, String> passages = new LinkedHashMap<>();
		for (SentenceMatch sentence : corpus.sentences(documentId, claimText, SENTENCES_CONSIDERED)) {
			for (QuoteMention quote : quotes) {
				if (quote.getStart() >= sentence.start() && quote.getEnd() <= sentence.end()) {
					String text = quote.getText();
					if (text != null && !text.isBlank()) {
						passages.putIfAbsent(text.strip(), "quote" + (quote.getSpeaker() != null ? " by " + quote.getSpeaker() : "")
								+ ", sentence " + (sentence.sentenceIndex() + 1));
					}
				}
			}
			passages.putIfAbsent(sentence.text().strip(), "sentence " + (sentence.sentenceIndex() + 1));
		}
		return passages;
	}

	private static List<QuoteMention> quotes(Content content) {
		List<QuoteMention> quotes = new ArrayList<>();
		content.getAnnotations().forEach(annotation -> {
			if (annotation instanceof QuoteMention quote) {
				quotes.add(quote);
			}
		});
		return quotes;
	}

	/** The passage from where the typed text occurs in it; the whole passage when nothing is typed. */
	private static Optional<String> continuation(String passage, String typed) {
		if (typed.isEmpty()) {
			return Optional.of(passage);
		}
		for (int at = 0; at + typed.length() <= passage.length(); at++) {
			if (passage.regionMatches(true, at, typed, 0, typed.length())) {
				return Optional.of(passage.substring(at));
			}
		}
		return Optional.empty();
	}

	private static String shortened(String text) {
		return text.length() <= LABEL_LENGTH ? text : text.substring(0, LABEL_LENGTH - 1).stripTrailing() + "…";
	}
}
