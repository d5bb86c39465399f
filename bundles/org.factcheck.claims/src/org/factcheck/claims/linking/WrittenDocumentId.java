package org.factcheck.claims.linking;

import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.linking.impl.LinkingHelper;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.factcheck.claims.claims.Citation;
import org.factcheck.claims.claims.ClaimsPackage;
import org.factcheck.corpus.Document;

import com.google.inject.Inject;

/**
 * The document id a citation was written with, read without linking it: what checkers and tools
 * need for citations of unknown documents, too.
 */
public class WrittenDocumentId {

	@Inject
	private LinkingHelper linkingHelper;

	/** The id as written with escapes resolved; for a citation built in code, its document's id. */
	public Optional<String> of(Citation citation) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(citation, ClaimsPackage.Literals.CITATION__DOCUMENT);
		if (!nodes.isEmpty()) {
			return Optional.ofNullable(of(nodes.get(0)));
		}
		Object document = citation.eGet(ClaimsPackage.Literals.CITATION__DOCUMENT, false);
		if (document instanceof Document linked && !linked.eIsProxy()) {
			return Optional.ofNullable(linked.getId());
		}
		return Optional.empty();
	}

	/** The id a citation's document node was written with, escapes resolved. */
	public String of(INode documentNode) {
		try {
			return linkingHelper.getCrossRefNodeAsString(documentNode, true);
		} catch (RuntimeException e) {
			return NodeModelUtils.getTokenText(documentNode);
		}
	}
}
