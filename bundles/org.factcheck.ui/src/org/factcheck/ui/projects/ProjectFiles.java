package org.factcheck.ui.projects;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;

/** Writes files into workspace projects. */
public final class ProjectFiles {

	private ProjectFiles() {
	}

	/** Creates the folder and its missing parents. */
	public static void createFolders(IContainer container, IProgressMonitor monitor) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			createFolders(folder.getParent(), monitor);
			folder.create(true, true, monitor);
		}
	}

	/** Creates or replaces a UTF-8 text file. */
	public static void write(IFile file, String text, IProgressMonitor monitor) throws CoreException {
		write(file, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), monitor);
	}

	/** Copies a file from disk into the workspace, replacing it if it exists. */
	public static void copy(Path source, IFile target, IProgressMonitor monitor) throws CoreException {
		try (InputStream in = Files.newInputStream(source)) {
			write(target, in, monitor);
		} catch (IOException e) {
			throw new CoreException(Status.error("Cannot read " + source + ": " + e.getMessage(), e));
		}
	}

	private static void write(IFile file, InputStream contents, IProgressMonitor monitor) throws CoreException {
		createFolders(file.getParent(), monitor);
		if (file.exists()) {
			file.setContents(contents, true, true, monitor);
		} else {
			file.create(contents, true, monitor);
		}
	}
}
