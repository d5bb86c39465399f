package org.factcheck.claims.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Where model elements were written, for messages that point at another element. */
final class SourceLines {

	private SourceLines() {
	}

	/** The 1-based line of the feature's text, or of the element when the feature has none; 0 if unknown. */
	static int of(EObject element, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		INode node = nodes.isEmpty() ? NodeModelUtils.getNode(element) : nodes.get(0);
		return node == null ? 0 : node.getStartLine();
	}
}
