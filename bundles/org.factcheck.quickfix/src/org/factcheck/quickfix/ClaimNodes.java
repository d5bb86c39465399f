package org.factcheck.quickfix;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/** Where the parts of a parsed claim file stand in its text, and what stands at an offset. */
public final class ClaimNodes {

	private ClaimNodes() {
	}

	/** The text range of a feature's value as written, if it is written. */
	static Optional<INode> node(EObject object, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
		return nodes.isEmpty() ? Optional.empty() : Optional.of(nodes.get(0));
	}

	/** The node of the whole object, without the hidden tokens (white space, comments) around it. */
	static Optional<ICompositeNode> node(EObject object) {
		return Optional.ofNullable(NodeModelUtils.findActualNodeFor(object));
	}

	/** The innermost object of the given type at {@code offset} (a claim, a citation). */
	public static <T extends EObject> Optional<T> at(XtextResource resource, int offset, Class<T> type) {
		if (resource.getParseResult() == null) {
			return Optional.empty();
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		for (EObject object = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf); object != null; object = object
				.eContainer()) {
			if (type.isInstance(object)) {
				return Optional.of(type.cast(object));
			}
		}
		return Optional.empty();
	}

	/** End offset of a node without trailing hidden tokens. */
	static int end(INode node) {
		return node.getOffset() + node.getLength();
	}
}
