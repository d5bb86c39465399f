package org.factcheck.ui.editor.model;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.factcheck.claims.claims.Claim;
import org.factcheck.claims.claims.ClaimFile;
import org.factcheck.claims.layout.ClaimFileLayout;
import org.factcheck.claims.layout.ClaimLayout;
import org.factcheck.claims.layout.LayoutReader;

/**
 * The layout of a document's claim file, read again after each edit only for the claims whose text
 * changed: partial re-parsing keeps the other claims' model elements, and their layouts are moved by
 * the edit's offset. One per document model; used under its lock.
 */
final class IncrementalLayout {

	/** A claim's layout and the text and place it was read from. */
	private record Read(String text, int offset, int line, ClaimLayout layout) {
	}

	private final LayoutReader reader;
	private Map<Claim, Read> previous = new IdentityHashMap<>();

	IncrementalLayout(LayoutReader reader) {
		this.reader = reader;
	}

	ClaimFileLayout read(XtextResource resource) {
		if (resource.getParseResult() == null || !(resource.getParseResult().getRootASTElement() instanceof ClaimFile file)) {
			previous = new IdentityHashMap<>();
			return ClaimFileLayout.EMPTY;
		}
		String text = resource.getParseResult().getRootNode().getText();
		Map<Claim, Read> current = new IdentityHashMap<>(file.getClaims().size() * 2);
		List<ClaimLayout> claims = new ArrayList<>(file.getClaims().size());
		for (Claim claim : file.getClaims()) {
			ICompositeNode node = NodeModelUtils.getNode(claim);
			if (node == null) {
				continue;
			}
			int offset = node.getOffset();
			int end = offset + node.getLength();
			Read known = previous.get(claim);
			ClaimLayout layout;
			if (known != null && known.text().length() == end - offset && text.startsWith(known.text(), offset)) {
				int lines = node.getStartLine() - known.line();
				layout = offset == known.offset() && lines == 0 ? known.layout()
						: known.layout().shifted(offset - known.offset(), lines);
				current.put(claim, new Read(known.text(), offset, node.getStartLine(), layout));
			} else {
				Optional<ClaimLayout> read = reader.claim(claim);
				if (read.isEmpty()) {
					continue;
				}
				layout = read.get();
				current.put(claim, new Read(text.substring(offset, end), offset, node.getStartLine(), layout));
			}
			claims.add(layout);
		}
		previous = current;
		return new ClaimFileLayout(reader.corpus(file), claims);
	}
}
