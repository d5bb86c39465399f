package org.factcheck.claims.ide.formatting;

import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Formats a parsed claim file to its canonical layout, as text replacements. */
public class ClaimFileFormatting {

	@Inject
	private Provider<IFormatter2> formatters;

	@Inject
	private Provider<FormatterRequest> requests;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccessBuilders;

	/**
	 * The edits that give the file its canonical layout; empty when the file has syntax errors, since
	 * a broken file has no layout to restore.
	 */
	public Optional<List<ITextReplacement>> edits(XtextResource resource) {
		if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
			return Optional.empty();
		}
		ITextRegionAccess regions = regionAccessBuilders.get().forNodeModel(resource).create();
		FormatterRequest request = requests.get().setTextRegionAccess(regions);
		request.setExceptionHandler(e -> {
			throw new IllegalStateException("formatting failed: " + e.getMessage(), e);
		});
		return Optional.of(formatters.get().format(request));
	}
}
