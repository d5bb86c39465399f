package org.factcheck.ui.views.verification;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.factcheck.checker.Verdict;

/** A small horizontal bar chart: one bar per verdict, its length proportional to the claim count. */
final class VerdictChart extends Canvas {

	static final Map<Verdict, RGB> COLOURS = Map.of(Verdict.SUPPORTED, new RGB(46, 157, 79), Verdict.CONFLICTING,
			new RGB(210, 60, 60), Verdict.UNSOURCED, new RGB(227, 155, 23));
	private static final int BAR_HEIGHT = 5;
	private static final int GAP = 2;

	private final Map<Verdict, Color> colours = new EnumMap<>(Verdict.class);
	private final Color track;
	private Map<Verdict, Integer> counts = Map.of();

	VerdictChart(Composite parent, ResourceManager resources) {
		super(parent, SWT.DOUBLE_BUFFERED);
		COLOURS.forEach((verdict, rgb) -> colours.put(verdict, resources.create(ColorDescriptor.createFrom(rgb))));
		track = resources.create(ColorDescriptor.createFrom(new RGB(228, 230, 234)));
		addPaintListener(event -> paint(event.gc));
	}

	void setCounts(Map<Verdict, Integer> counts) {
		this.counts = Map.copyOf(counts);
		StringBuilder tip = new StringBuilder();
		for (Verdict verdict : Verdict.values()) {
			tip.append(tip.isEmpty() ? "" : ", ").append(counts.getOrDefault(verdict, 0)).append(' ').append(verdict.label());
		}
		setToolTipText(tip.toString());
		redraw();
	}

	@Override
	public Point computeSize(int widthHint, int heightHint, boolean changed) {
		int height = Verdict.values().length * (BAR_HEIGHT + GAP) - GAP;
		return new Point(widthHint == SWT.DEFAULT ? 160 : widthHint, heightHint == SWT.DEFAULT ? height : heightHint);
	}

	private void paint(GC gc) {
		int width = getClientArea().width;
		int top = Math.max(0, (getClientArea().height - computeSize(SWT.DEFAULT, SWT.DEFAULT).y) / 2);
		int max = Math.max(1, counts.values().stream().mapToInt(Integer::intValue).max().orElse(1));
		for (Verdict verdict : Verdict.values()) {
			gc.setBackground(track);
			gc.fillRectangle(0, top, width, BAR_HEIGHT);
			int count = counts.getOrDefault(verdict, 0);
			gc.setBackground(colours.get(verdict));
			gc.fillRectangle(0, top, count == 0 ? 0 : Math.max(2, width * count / max), BAR_HEIGHT);
			top += BAR_HEIGHT + GAP;
		}
	}
}
