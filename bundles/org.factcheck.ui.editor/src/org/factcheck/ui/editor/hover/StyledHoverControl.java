package org.factcheck.ui.editor.hover;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.preference.JFacePreferences;
import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.AbstractInformationControl;
import org.eclipse.jface.text.AbstractReusableInformationControlCreator;
import org.eclipse.jface.text.IInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IInformationControlExtension2;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.editors.text.EditorsUI;
import org.factcheck.ui.editor.hover.HoverText.Stretch;

/**
 * Shows a {@link HoverText} in a StyledText: bold titles, muted sources, verdicts in their colours
 * and the evidence words that match the claim emphasised. Needs no browser (SWT's Browser would
 * need WebKitGTK on Linux).
 */
public final class StyledHoverControl extends AbstractInformationControl implements IInformationControlExtension2 {

	/** The widest a hover grows before it wraps, in pixels. */
	private static final int MAX_WIDTH = 620;

	private static final String COLOR_PREFIX = "org.factcheck.ui.editor.color.";

	private StyledText text;
	private HoverText input;
	private boolean scrolls;

	/** A hover that shows an affordance ("Press F2 for focus"). */
	public StyledHoverControl(Shell parent, String statusText) {
		super(parent, statusText);
		create();
	}

	/** The focused, resizable version the hover turns into, which scrolls what does not fit. */
	public StyledHoverControl(Shell parent) {
		super(parent, true);
		scrolls = true;
		create();
	}

	/** Creates hovers of this kind for the text viewer's hover manager. */
	public static IInformationControlCreator creator() {
		return new AbstractReusableInformationControlCreator() {
			@Override
			protected IInformationControl doCreateInformationControl(Shell parent) {
				return new StyledHoverControl(parent, EditorsUI.getTooltipAffordanceString());
			}
		};
	}

	@Override
	protected void createContent(Composite parent) {
		text = new StyledText(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | (scrolls ? SWT.V_SCROLL : SWT.NONE));
		text.setForeground(parent.getForeground());
		text.setBackground(parent.getBackground());
		text.setFont(JFaceResources.getDialogFont());
		text.setMargins(6, 4, 6, 4);
		text.setEditable(false);
	}

	@Override
	public void setInput(Object newInput) {
		input = newInput instanceof HoverText hover ? hover : new HoverText().append(String.valueOf(newInput));
		text.setText(input.text());
		List<StyleRange> ranges = new ArrayList<>();
		for (Stretch stretch : input.stretches()) {
			ranges.add(range(stretch));
		}
		ranges.sort((a, b) -> Integer.compare(a.start, b.start));
		for (StyleRange range : ranges) {
			text.setStyleRange(range);
		}
	}

	@Override
	public void setInformation(String information) {
		setInput(new HoverText().append(information));
	}

	@Override
	public boolean hasContents() {
		return input != null && !input.text().isEmpty();
	}

	/** The text shown, for tests. */
	public String shownText() {
		return text.getText();
	}

	@Override
	public Point computeSizeHint() {
		Point natural = text.computeSize(SWT.DEFAULT, SWT.DEFAULT, true);
		Point size = natural.x <= MAX_WIDTH ? natural : text.computeSize(MAX_WIDTH, SWT.DEFAULT, true);
		Rectangle trim = computeTrim();
		return new Point(size.x + trim.width, size.y + trim.height);
	}

	@Override
	public IInformationControlCreator getInformationPresenterControlCreator() {
		return new AbstractReusableInformationControlCreator() {
			@Override
			protected IInformationControl doCreateInformationControl(Shell parent) {
				return new StyledHoverControl(parent);
			}
		};
	}

	private StyleRange range(Stretch stretch) {
		StyleRange range = new StyleRange();
		range.start = stretch.start();
		range.length = stretch.length();
		switch (stretch.style()) {
		case TITLE, BOLD -> range.fontStyle = SWT.BOLD;
		case ITALIC -> range.fontStyle = SWT.ITALIC;
		case MUTED -> range.foreground = JFaceResources.getColorRegistry().get(JFacePreferences.QUALIFIER_COLOR);
		case EMPHASIS -> {
			range.fontStyle = SWT.BOLD;
			range.background = color("evidenceMatch");
		}
		case SUPPORTED -> verdict(range, "verdictSupported");
		case CONFLICTING, FAILED -> verdict(range, "verdictConflicting");
		case UNSOURCED -> verdict(range, "verdictUnsourced");
		}
		return range;
	}

	private static void verdict(StyleRange range, String color) {
		range.fontStyle = SWT.BOLD;
		range.foreground = color(color);
	}

	private static Color color(String key) {
		ColorRegistry colors = PlatformUI.getWorkbench().getThemeManager().getCurrentTheme().getColorRegistry();
		return colors.get(COLOR_PREFIX + key);
	}
}
