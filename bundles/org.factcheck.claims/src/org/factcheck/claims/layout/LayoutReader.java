package org.factcheck.claims.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.factcheck.claims.claims.Citation;
import org.factcheck.claims.claims.Claim;
import org.factcheck.claims.claims.ClaimFile;
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
		List<ClaimLayout> claims = new ArrayList<>(file.getClaims().size());
		for (Claim claim : file.getClaims()) {
			claim(claim).ifPresent(claims::add);
		}
		return new ClaimFileLayout(corpus(file), claims);
	}

	/** The file's {@code corpus} line, if written. */
	public Optional<Clause> corpus(ClaimFile file) {
		return file.getCorpus() == null ? Optional.empty()
				: FeatureNodes.of(file).flatMap(nodes -> clause(nodes, "corpus", "corpus", file.getCorpus()));
	}

	/** The layout of one claim of a parsed file; empty when it has no node. */
	public Optional<ClaimLayout> claim(Claim claim) {
		ICompositeNode node = NodeModelUtils.getNode(claim);
		if (node == null) {
			return Optional.empty();
		}
		FeatureNodes nodes = FeatureNodes.of(claim).orElseThrow();
		Span span = span(node);
		Optional<Span> nameSpan = nodes.feature("name").map(LayoutReader::span);
		Optional<Span> textSpan = nodes.feature("text").map(LayoutReader::span);
		List<CitationLayout> citations = new ArrayList<>();
		for (Citation citation : claim.getCitations()) {
			citation(citation).ifPresent(citations::add);
		}
		Optional<Span> cites = nodes.keyword("cites").map(LayoutReader::span).map(keyword -> citations.isEmpty() ? keyword
				: keyword.to(citations.get(citations.size() - 1).span()));
		Optional<Clause> asOf = claim.getAsOf() == null ? Optional.empty()
				: clause(nodes, "asof", "asOf", claim.getAsOf());
		Optional<Clause> expected = nodes.feature("expected").isEmpty() ? Optional.empty()
				: clause(nodes, "expect", "expected", claim.getExpected().getLiteral());
		return Optional.of(new ClaimLayout(claim.getName() == null ? "" : claim.getName(), span, node.getStartLine(),
				nameSpan.orElseGet(() -> nodes.keyword("claim").map(LayoutReader::span).orElse(new Span(span.offset(), 0))),
				claim.getText() == null ? "" : claim.getText(), textSpan, cites, citations, asOf, expected));
	}

	private Optional<CitationLayout> citation(Citation citation) {
		ICompositeNode node = NodeModelUtils.getNode(citation);
		Optional<FeatureNodes> nodes = FeatureNodes.of(citation);
		Optional<INode> id = nodes.flatMap(found -> found.feature("document"));
		if (node == null || id.isEmpty()) {
			return Optional.empty();
		}
		Optional<Clause> quote = citation.getQuote() == null ? Optional.empty()
				: clause(nodes.get(), "quote", "quote", citation.getQuote());
		return Optional.of(new CitationLayout(writtenDocumentId.of(id.get()), span(node), span(id.get()), quote));
	}

	/** A keyword written directly in the element and the value of a feature after it. */
	private static Optional<Clause> clause(FeatureNodes nodes, String keyword, String feature, String value) {
		Optional<Span> valueSpan = nodes.feature(feature).map(LayoutReader::span);
		if (valueSpan.isEmpty()) {
			return Optional.empty();
		}
		Span keywordSpan = nodes.keyword(keyword).map(LayoutReader::span).orElse(valueSpan.get());
		return Optional.of(new Clause(value, keywordSpan.to(valueSpan.get()), valueSpan.get()));
	}

	private static Span span(INode node) {
		return new Span(node.getOffset(), node.getLength());
	}
}
