package org.factcheck.claims.ide.formatting;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.internal.MultilineCommentReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegionsFinder;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure1;
import org.factcheck.claims.claims.Citation;
import org.factcheck.claims.claims.Claim;
import org.factcheck.claims.claims.ClaimFile;
import org.factcheck.claims.claims.ClaimsPackage;

/**
 * The canonical layout of claim files (as in the README): the {@code corpus} line, a blank line,
 * then each claim with its name and text on the first line and {@code cites}, {@code asof} and
 * {@code expect} on their own lines, indented by four spaces; one blank line between claims, one
 * space between a keyword and its value, {@code ", "} between citations. Comments stay where
 * they are. Usable by any editor and by a language server's formatting request.
 */
public class ClaimsFormatter extends AbstractFormatter2 {

	/** The indentation of a claim's clauses. */
	public static final String INDENT = "    ";

	private static final Procedure1<IHiddenRegionFormatter> ONE_SPACE = IHiddenRegionFormatter::oneSpace;
	private static final Procedure1<IHiddenRegionFormatter> NO_SPACE = IHiddenRegionFormatter::noSpace;
	private static final Procedure1<IHiddenRegionFormatter> NEW_LINE = IHiddenRegionFormatter::newLine;
	private static final Procedure1<IHiddenRegionFormatter> BLANK_LINE = region -> region.setNewLines(2);

	@Override
	protected void initialize(FormatterRequest request) {
		request.setPreferences(new MapBasedPreferenceValues(request.getPreferences(),
				Map.of(FormatterPreferenceKeys.indentation.getId(), INDENT)));
		super.initialize(request);
	}

	/** Block comments keep their text exactly as written; only the space around them is laid out. */
	@Override
	public ITextReplacer createCommentReplacer(IComment comment) {
		ITextReplacer replacer = super.createCommentReplacer(comment);
		if (replacer instanceof MultilineCommentReplacer) {
			return new MultilineCommentReplacer(comment, '*') {
				@Override
				public ITextReplacerContext createReplacements(ITextReplacerContext context) {
					return context;
				}
			};
		}
		return replacer;
	}

	@Override
	public void format(Object object, IFormattableDocument document) {
		if (object instanceof XtextResource resource) {
			_format(resource, document);
		} else if (object instanceof ClaimFile file) {
			formatFile(file, document);
		} else if (object instanceof Claim claim) {
			formatClaim(claim, document);
		} else if (object instanceof Citation citation) {
			formatCitation(citation, document);
		} else if (object instanceof EObject element) {
			_format(element, document);
		}
	}

	private void formatFile(ClaimFile file, IFormattableDocument document) {
		ISemanticRegionsFinder regions = textRegionExtensions.regionFor(file);
		ISemanticRegion corpusKeyword = regions.keyword("corpus");
		ISemanticRegion last = regions.feature(ClaimsPackage.Literals.CLAIM_FILE__CORPUS);
		if (corpusKeyword != null) {
			document.append(corpusKeyword, ONE_SPACE);
		}
		List<Claim> claims = file.getClaims();
		for (int i = 0; i < claims.size(); i++) {
			Claim claim = claims.get(i);
			if (i > 0 || corpusKeyword != null) {
				document.prepend(claim, BLANK_LINE);
			}
			document.format(claim);
		}
		if (!claims.isEmpty()) {
			document.append(claims.get(claims.size() - 1), NEW_LINE);
		} else if (last != null) {
			document.append(last, NEW_LINE);
		}
	}

	private void formatClaim(Claim claim, IFormattableDocument document) {
		ISemanticRegionsFinder regions = textRegionExtensions.regionFor(claim);
		append(document, regions.keyword("claim"), ONE_SPACE);
		append(document, regions.feature(ClaimsPackage.Literals.CLAIM__NAME), ONE_SPACE);
		for (String clause : List.of("cites", "asof", "expect")) {
			ISemanticRegion keyword = regions.keyword(clause);
			if (keyword != null) {
				document.prepend(keyword, NEW_LINE);
				document.append(keyword, ONE_SPACE);
			}
		}
		for (ISemanticRegion comma : regions.keywords(",")) {
			document.prepend(comma, NO_SPACE);
			document.append(comma, ONE_SPACE);
		}
		document.interior(claim, IHiddenRegionFormatter::indent);
		claim.getCitations().forEach(document::format);
	}

	private void formatCitation(Citation citation, IFormattableDocument document) {
		ISemanticRegion quote = textRegionExtensions.regionFor(citation).keyword("quote");
		if (quote != null) {
			document.surround(quote, ONE_SPACE);
		}
	}

	private static void append(IFormattableDocument document, ISemanticRegion region,
			Procedure1<IHiddenRegionFormatter> formatting) {
		if (region != null) {
			document.append(region, formatting);
		}
	}
}
