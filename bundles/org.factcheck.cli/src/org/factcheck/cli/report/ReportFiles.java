package org.factcheck.cli.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes reports to files whole or not at all: into a temporary file beside the target, synced,
 * then moved into place, so that a full disk or a killed run never leaves a truncated report (an
 * existing file stays as it was). A link is replaced at its target. Devices and pipes
 * ({@code /dev/stdout}, a FIFO) are written directly, never replaced. Text goes through a
 * {@link TerminalSafeWriter}; the first write error is thrown, never swallowed.
 */
public final class ReportFiles {

	/** Writes a report's content. */
	@FunctionalInterface
	public interface Report {
		void writeTo(PrintWriter out) throws IOException;
	}

	private ReportFiles() {
	}

	/** Writes {@code report} to {@code file}; throws what went wrong, having left {@code file} as it was. */
	public static void write(Path file, Report report) throws IOException {
		Path target = file.toAbsolutePath().normalize();
		if (Files.isDirectory(target)) {
			throw new IOException("it is a folder");
		}
		Path real = Files.isSymbolicLink(target) && Files.exists(target) ? target.toRealPath() : target;
		if (Files.exists(real) && !Files.isRegularFile(real)) {
			writeDirectly(real, report);
		} else {
			writeAtomically(real, report);
		}
	}

	/**
	 * A print writer for report code that may close it when done (Jackson does): closing only
	 * flushes, so that errors are still seen and standard output stays open.
	 */
	public static PrintWriter unclosable(Writer out) {
		return new PrintWriter(out) {
			@Override
			public void close() {
				flush();
			}
		};
	}

	/** What went wrong, in a few words ("No space left on device", "permission denied"). */
	public static String reason(IOException e) {
		if (e.getCause() instanceof IOException cause) {
			return reason(cause);
		}
		if (e instanceof java.nio.file.NoSuchFileException) {
			return "no such file or folder";
		}
		if (e instanceof java.nio.file.AccessDeniedException) {
			return "permission denied";
		}
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		return message.contains(": ") ? message.substring(message.lastIndexOf(": ") + 2) : message;
	}

	private static void writeDirectly(Path device, Report report) throws IOException {
		try (OutputStream stream = Files.newOutputStream(device, StandardOpenOption.WRITE)) {
			writeAndCheck(stream, report);
		}
	}

	private static void writeAtomically(Path target, Report report) throws IOException {
		Path parent = target.getParent();
		if (parent != null && !Files.isDirectory(parent)) {
			Files.createDirectories(parent);
		}
		Path temporary = temporaryBeside(target);
		boolean moved = false;
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				writeAndCheck(Channels.newOutputStream(channel), report);
				channel.force(true);
			}
			try {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
			moved = true;
		} finally {
			if (!moved) {
				Files.deleteIfExists(temporary);
			}
		}
	}

	/** A new, empty file beside {@code target} (created with the default permissions). */
	private static Path temporaryBeside(Path target) throws IOException {
		for (int attempt = 0;; attempt++) {
			Path candidate = target.resolveSibling("." + target.getFileName() + "."
					+ Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xFFFFFFFFL) + ".tmp");
			try {
				return Files.createFile(candidate);
			} catch (FileAlreadyExistsException e) {
				if (attempt > 10) {
					throw e;
				}
			}
		}
	}

	/** Writes the report and throws the first write error, which {@link PrintWriter} would swallow. */
	private static void writeAndCheck(OutputStream stream, Report report) throws IOException {
		FailureRecordingStream recording = new FailureRecordingStream(stream);
		PrintWriter printer = unclosable(new TerminalSafeWriter(new OutputStreamWriter(recording, StandardCharsets.UTF_8)));
		report.writeTo(printer);
		printer.flush();
		if (printer.checkError()) {
			throw recording.failure != null ? recording.failure : new IOException("write error");
		}
	}

	/** Remembers the first write error of a stream. */
	private static final class FailureRecordingStream extends FilterOutputStream {

		private IOException failure;

		FailureRecordingStream(OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			record(() -> out.write(b));
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			record(() -> out.write(bytes, offset, length));
		}

		@Override
		public void flush() throws IOException {
			record(out::flush);
		}

		private void record(Write write) throws IOException {
			try {
				write.run();
			} catch (IOException e) {
				if (failure == null) {
					failure = e;
				}
				throw e;
			}
		}

		private interface Write {
			void run() throws IOException;
		}
	}
}
