package org.factcheck.claims.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.factcheck.claims.claims.Citation;
import org.factcheck.claims.claims.Claim;
import org.factcheck.claims.claims.ClaimFile;
import org.factcheck.claims.claims.ClaimsPackage;
import org.factcheck.claims.linking.WrittenDocumentId;

import com.google.inject.Inject;

/** Reads the {@link ClaimFileLayout} of a parsed claim file from its node model. */
public class LayoutReader {

	@Inject
	private WrittenDocumentId writtenDocumentId;

	/** The layout of the resource's claim file; empty when it holds none. */
	public ClaimFileLayout read(Resource resource) {
		if (resource == null || resource.getContents().isEmpty()
				|| !(resource.getContents().get(0) instanceof ClaimFile file)) {
			return ClaimFileLayout.EMPTY;
		}
		return read(file);
	}

	public ClaimFileLayout read(ClaimFile file) {
		Optional<Clause> corpus = Optional.empty();
		ICompositeNode fileNode = NodeModelUtils.getNode(file);
		if (file.getCorpus() != null && fileNode != null) {
			corpus = clause(fileNode, "corpus", file, ClaimsPackage.Literals.CLAIM_FILE__CORPUS, file.getCorpus());
		}
		List<ClaimLayout> claims = new ArrayList<>(file.getClaims().size());
		for (Claim claim : file.getClaims()) {
			claim(claim).ifPresent(claims::add);
		}
		return new ClaimFileLayout(corpus, claims);
	}

	private Optional<ClaimLayout> claim(Claim claim) {
		ICompositeNode node = NodeModelUtils.getNode(claim);
		if (node == null) {
			return Optional.empty();
		}
		Span span = span(node);
		Optional<Span> nameSpan = featureSpan(claim, ClaimsPackage.Literals.CLAIM__NAME);
		Optional<Span> textSpan = featureSpan(claim, ClaimsPackage.Literals.CLAIM__TEXT);
		List<CitationLayout> citations = new ArrayList<>();
		for (Citation citation : claim.getCitations()) {
			citation(citation).ifPresent(citations::add);
		}
		Optional<Span> cites = keyword(node, "cites").map(keyword -> citations.isEmpty() ? keyword
				: keyword.to(citations.get(citations.size() - 1).span()));
		Optional<Clause> asOf = claim.getAsOf() == null ? Optional.empty()
				: clause(node, "asof", claim, ClaimsPackage.Literals.CLAIM__AS_OF, claim.getAsOf());
		Optional<Clause> expected = Optional.empty();
		List<INode> verdictNodes = NodeModelUtils.findNodesForFeature(claim, ClaimsPackage.Literals.CLAIM__EXPECTED);
		if (!verdictNodes.isEmpty()) {
			expected = clause(node, "expect", claim, ClaimsPackage.Literals.CLAIM__EXPECTED,
					claim.getExpected().getLiteral());
		}
		return Optional.of(new ClaimLayout(claim.getName() == null ? "" : claim.getName(), span, node.getStartLine(),
				nameSpan.orElseGet(() -> keyword(node, "claim").orElse(new Span(span.offset(), 0))),
				claim.getText() == null ? "" : claim.getText(), textSpan, cites, citations, asOf, expected));
	}

	private Optional<CitationLayout> citation(Citation citation) {
		ICompositeNode node = NodeModelUtils.getNode(citation);
		Optional<Span> idSpan = featureSpan(citation, ClaimsPackage.Literals.CITATION__DOCUMENT);
		if (node == null || idSpan.isEmpty()) {
			return Optional.empty();
		}
		Optional<Clause> quote = citation.getQuote() == null ? Optional.empty()
				: clause(node, "quote", citation, ClaimsPackage.Literals.CITATION__QUOTE, citation.getQuote());
		return Optional.of(new CitationLayout(writtenDocumentId.of(citation).orElse(""), span(node), idSpan.get(), quote));
	}

	/** A keyword written directly in {@code node} (not in a nested element) and the value after it. */
	private static Optional<Clause> clause(ICompositeNode node, String keyword, EObject element,
			EStructuralFeature feature, String value) {
		Optional<Span> valueSpan = featureSpan(element, feature);
		if (valueSpan.isEmpty()) {
			return Optional.empty();
		}
		Span keywordSpan = keyword(node, keyword).orElse(valueSpan.get());
		return Optional.of(new Clause(value, keywordSpan.to(valueSpan.get()), valueSpan.get()));
	}

	private static Optional<Span> keyword(ICompositeNode node, String keyword) {
		for (INode child : node.getChildren()) {
			if (child instanceof ILeafNode leaf && !leaf.isHidden() && leaf.getGrammarElement() instanceof Keyword written
					&& written.getValue().equals(keyword)) {
				return Optional.of(span(leaf));
			}
		}
		return Optional.empty();
	}

	private static Optional<Span> featureSpan(EObject element, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		return nodes.isEmpty() ? Optional.empty() : Optional.of(span(nodes.get(0)));
	}

	private static Span span(INode node) {
		return new Span(node.getOffset(), node.getLength());
	}
}
