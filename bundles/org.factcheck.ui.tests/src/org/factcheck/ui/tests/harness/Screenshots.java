package org.factcheck.ui.tests.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/**
 * Pictures of the workbench window for the README, saved as PNG below the folder the build passes
 * as {@code factcheck.screenshots} (the test bundle's {@code target/screenshots}). No window manager
 * runs under Xvfb, so the window is placed and sized here: 1600 × 1000, a common laptop screen.
 */
public final class Screenshots {

	public static final int WIDTH = 1600;
	public static final int HEIGHT = 1000;

	private Screenshots() {
	}

	/** Gives the workbench window the screenshot size at the top left of the screen. */
	public static Shell prepareWindow() {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		if (!shell.getBounds().equals(new Rectangle(0, 0, WIDTH, HEIGHT))) {
			shell.setBounds(0, 0, WIDTH, HEIGHT);
			shell.layout(true, true);
		}
		shell.forceActive();
		EventLoop.flush();
		return shell;
	}

	/** Saves the workbench window as {@code name.png} and returns the file. */
	public static Path save(String name) throws IOException {
		Shell shell = prepareWindow();
		EventLoop.settle();
		Display display = shell.getDisplay();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		try {
			ImageData data = image.getImageData();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			Path folder = Path.of(System.getProperty("factcheck.screenshots", "target/screenshots"));
			Files.createDirectories(folder);
			Path file = folder.resolve(name + ".png");
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return file;
		} finally {
			image.dispose();
		}
	}
}
