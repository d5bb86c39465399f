package org.factcheck.claims.layout;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The nodes an element of a claim file was written with, found in one pass over its node's
 * children: the first node of each assigned feature, and the keywords. What
 * {@link NodeModelUtils#findNodesForFeature} gives, without walking the subtree once per feature,
 * which matters for files of thousands of claims checked at every keystroke.
 */
public final class FeatureNodes {

	private final Map<String, INode> byFeature = new HashMap<>();
	private final Map<String, INode> byKeyword = new HashMap<>();

	private FeatureNodes(ICompositeNode node) {
		for (INode child : node.getChildren()) {
			if (child instanceof ILeafNode leaf && leaf.isHidden()) {
				continue;
			}
			EObject grammarElement = child.getGrammarElement();
			if (grammarElement instanceof Keyword keyword && GrammarUtil.containingAssignment(keyword) == null) {
				byKeyword.putIfAbsent(keyword.getValue(), child);
				continue;
			}
			Assignment assignment = grammarElement == null ? null : GrammarUtil.containingAssignment(grammarElement);
			if (assignment != null) {
				byFeature.putIfAbsent(assignment.getFeature(), child);
			}
		}
	}

	/** The nodes of {@code element}; empty when it has no node. */
	public static Optional<FeatureNodes> of(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		return node == null ? Optional.empty() : Optional.of(new FeatureNodes(node));
	}

	/** The first node written for the feature (by name, as the grammar assigns it). */
	public Optional<INode> feature(String name) {
		return Optional.ofNullable(byFeature.get(name));
	}

	/** The first keyword with this value written directly in the element (not in a nested element). */
	public Optional<INode> keyword(String value) {
		return Optional.ofNullable(byKeyword.get(value));
	}
}
