package org.factcheck.ui.claims;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.factcheck.claims.claims.Claim;
import org.factcheck.claims.claims.ClaimFile;
import org.factcheck.claims.claims.ClaimsPackage;

import com.google.inject.Injector;

/**
 * Finds the claims of claim-file texts with the claim language's own parser, for the views that
 * follow "the claim under the cursor". A document is parsed once per modification: repeated
 * questions about an unchanged document reuse the result. Thread-safe.
 */
public final class ClaimDocuments {

	private record Parsed(long stamp, String text, ParsedClaims claims) {
	}

	private final IParser parser;
	private final Map<IDocument, Parsed> cache = Collections.synchronizedMap(new WeakHashMap<>());

	public ClaimDocuments(Injector claimsInjector) {
		this.parser = claimsInjector.getInstance(IParser.class);
	}

	/** The claims of the document's current text. */
	public ParsedClaims parse(IDocument document) {
		long stamp = document instanceof IDocumentExtension4 extension ? extension.getModificationStamp()
				: IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
		String text = document.get();
		Parsed parsed = cache.get(document);
		if (parsed != null && parsed.stamp() == stamp && (stamp != IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP
				|| parsed.text().equals(text))) {
			return parsed.claims();
		}
		ParsedClaims claims = parse(text);
		cache.put(document, new Parsed(stamp, text, claims));
		return claims;
	}

	/** The claim under {@code offset} of the document, if any. */
	public Optional<ClaimRegion> claimAt(IDocument document, int offset) {
		return parse(document).at(offset);
	}

	/** The claims of a claim file's text. */
	public ParsedClaims parse(String text) {
		IParseResult result = parser.parse(new StringReader(text));
		if (!(result.getRootASTElement() instanceof ClaimFile file)) {
			return new ParsedClaims(Optional.empty(), List.of());
		}
		List<ClaimRegion> regions = new ArrayList<>();
		for (Claim claim : file.getClaims()) {
			ICompositeNode node = NodeModelUtils.getNode(claim);
			List<INode> names = NodeModelUtils.findNodesForFeature(claim, ClaimsPackage.Literals.CLAIM__NAME);
			if (node == null || claim.getName() == null || names.isEmpty()) {
				continue;
			}
			INode name = names.get(0);
			regions.add(new ClaimRegion(claim.getName(), node.getOffset(), node.getLength(), name.getOffset(),
					name.getLength(), node.getStartLine()));
		}
		return new ParsedClaims(Optional.ofNullable(file.getCorpus()), regions);
	}
}
