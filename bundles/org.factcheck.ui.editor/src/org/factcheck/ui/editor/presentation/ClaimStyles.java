package org.factcheck.ui.editor.presentation;

import java.util.Set;

import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.ui.PlatformUI;
import org.factcheck.claims.ide.syntaxcoloring.ClaimsHighlightingStyles;

/**
 * The look of each highlighting style. Colours are theme colours ({@code org.eclipse.ui.themes}
 * colour definitions {@code org.factcheck.ui.editor.color.STYLE}, overridden by the dark theme),
 * held by the current theme's colour registry; bold and italic are fixed per style.
 */
public final class ClaimStyles {

	/** The prefix of the colour definitions' ids. */
	public static final String COLOR_PREFIX = "org.factcheck.ui.editor.color.";

	private static final Set<String> BOLD = Set.of(ClaimsHighlightingStyles.KEYWORD, ClaimsHighlightingStyles.VERDICT,
			ClaimsHighlightingStyles.CLAIM_NAME, ClaimsHighlightingStyles.TASK);
	private static final Set<String> ITALIC = Set.of(ClaimsHighlightingStyles.QUOTE, ClaimsHighlightingStyles.COMMENT);

	private ClaimStyles() {
	}

	/** The colour of a style; null for the editor's text colour. */
	public static Color color(String style) {
		ColorRegistry colors = PlatformUI.getWorkbench().getThemeManager().getCurrentTheme().getColorRegistry();
		return colors.hasValueFor(COLOR_PREFIX + style) ? colors.get(COLOR_PREFIX + style) : null;
	}

	public static int fontStyle(String style) {
		return (BOLD.contains(style) ? SWT.BOLD : SWT.NORMAL) | (ITALIC.contains(style) ? SWT.ITALIC : SWT.NORMAL);
	}

	public static TextAttribute attribute(String style) {
		return new TextAttribute(color(style), null, fontStyle(style)
				| (ClaimsHighlightingStyles.INVALID.equals(style) ? TextAttribute.UNDERLINE : SWT.NORMAL));
	}

	/** A style range of {@code style} over the given text. */
	public static StyleRange range(int offset, int length, String style) {
		StyleRange range = new StyleRange(offset, length, color(style), null, fontStyle(style));
		range.underline = ClaimsHighlightingStyles.INVALID.equals(style);
		if (range.underline) {
			range.underlineStyle = SWT.UNDERLINE_SQUIGGLE;
		}
		return range;
	}
}
