package org.factcheck.ui.views;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;

/** A column's labels given as functions of its elements: text, and optionally image, tooltip and font. */
public final class FunctionLabels<T> extends ColumnLabelProvider {

	private final Class<T> type;
	private final Function<T, String> text;
	private Function<T, Image> image = element -> null;
	private Function<T, String> tip = element -> null;
	private Function<T, Font> font = element -> null;

	public FunctionLabels(Class<T> type, Function<T, String> text) {
		this.type = type;
		this.text = text;
	}

	public FunctionLabels<T> image(Function<T, Image> images) {
		this.image = images;
		return this;
	}

	public FunctionLabels<T> tip(Function<T, String> tips) {
		this.tip = tips;
		return this;
	}

	public FunctionLabels<T> font(Function<T, Font> fonts) {
		this.font = fonts;
		return this;
	}

	@Override
	public String getText(Object element) {
		return type.isInstance(element) ? text.apply(type.cast(element)) : "";
	}

	@Override
	public Image getImage(Object element) {
		return type.isInstance(element) ? image.apply(type.cast(element)) : null;
	}

	@Override
	public String getToolTipText(Object element) {
		return type.isInstance(element) ? tip.apply(type.cast(element)) : null;
	}

	@Override
	public Font getFont(Object element) {
		return type.isInstance(element) ? font.apply(type.cast(element)) : null;
	}
}
