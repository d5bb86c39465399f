package org.factcheck.cli.progress;

import java.time.Duration;
import java.util.Locale;

/**
 * The line that shows how long work advances:
 * {@code Importing examples/gnad/corpus: 512/1028 documents (49 %) · 96/s · 0:05 left}, cut to
 * the terminal's width.
 */
public final class ProgressLine {

	private ProgressLine() {
	}

	/**
	 * @param task    what is being done ({@code Importing examples/gnad/corpus})
	 * @param unit    what is counted, plural ({@code documents})
	 * @param columns the terminal's width; the line is one shorter, so that it never wraps
	 */
	public static String format(String task, String unit, int done, int total, Duration elapsed, int columns) {
		StringBuilder line = new StringBuilder(task).append(": ").append(done).append('/').append(total).append(' ')
				.append(unit);
		if (total > 0) {
			line.append(" (").append(done * 100 / total).append(" %)");
		}
		double seconds = elapsed.toMillis() / 1000.0;
		if (done > 0 && seconds > 0) {
			double rate = done / seconds;
			line.append(" · ").append(rate >= 10 ? String.valueOf(Math.round(rate)) : String.format(Locale.ROOT, "%.1f", rate))
					.append("/s");
			if (done < total) {
				line.append(" · ").append(clock(Math.round((total - done) / rate))).append(" left");
			}
		}
		int width = Math.max(10, columns - 1);
		return line.length() <= width ? line.toString() : line.substring(0, width - 1) + "…";
	}

	/** {@code 0:05}, {@code 12:30}, {@code 1:02:03}. */
	static String clock(long seconds) {
		long hours = seconds / 3600;
		long minutes = seconds % 3600 / 60;
		long rest = seconds % 60;
		return hours > 0 ? String.format("%d:%02d:%02d", hours, minutes, rest) : String.format("%d:%02d", minutes, rest);
	}
}
