package org.factcheck.ui.editor.hover;

import java.util.ArrayList;
import java.util.List;

/**
 * Text for a hover with styled stretches, built off the UI thread and rendered by
 * {@link StyledHoverControl}: styles name a role, the control picks fonts and colours.
 */
public final class HoverText {

	/** The role of a stretch of hover text. */
	public enum Style {
		TITLE, BOLD, ITALIC, MUTED, EMPHASIS, SUPPORTED, CONFLICTING, UNSOURCED, FAILED
	}

	/** A styled stretch. */
	public record Stretch(int start, int length, Style style) {
	}

	private final StringBuilder text = new StringBuilder();
	private final List<Stretch> stretches = new ArrayList<>();

	public HoverText append(String part) {
		text.append(part);
		return this;
	}

	public HoverText append(String part, Style style) {
		stretches.add(new Stretch(text.length(), part.length(), style));
		text.append(part);
		return this;
	}

	/** Appends {@code part} with the given styled ranges (relative to {@code part}, start and end pairs). */
	public HoverText append(String part, Style style, List<int[]> ranges) {
		for (int[] range : ranges) {
			stretches.add(new Stretch(text.length() + range[0], range[1] - range[0], style));
		}
		text.append(part);
		return this;
	}

	/** Starts a new paragraph unless the text is empty. */
	public HoverText paragraph() {
		if (!text.isEmpty()) {
			text.append("\n\n");
		}
		return this;
	}

	public HoverText line() {
		if (!text.isEmpty()) {
			text.append('\n');
		}
		return this;
	}

	public String text() {
		return text.toString();
	}

	public List<Stretch> stretches() {
		return List.copyOf(stretches);
	}

	/** The stretches of one style, as their texts. */
	public List<String> texts(Style style) {
		return stretches.stream().filter(stretch -> stretch.style() == style)
				.map(stretch -> text.substring(stretch.start(), stretch.start() + stretch.length())).toList();
	}

	@Override
	public String toString() {
		return text();
	}
}
