package org.factcheck.lsp.tests;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The server's standard output as received, to check that it carries nothing but LSP messages:
 * {@code Content-Length: N} headers, a blank line and N bytes of JSON, one after another.
 */
final class LspMessages extends FilterInputStream {

	private final ByteArrayOutputStream received = new ByteArrayOutputStream();

	LspMessages(InputStream in) {
		super(in);
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			synchronized (received) {
				received.write(b);
			}
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			synchronized (received) {
				received.write(buffer, offset, n);
			}
		}
		return n;
	}

	/** Null when everything received is a sequence of LSP messages, else what is wrong. */
	String problem() {
		byte[] bytes;
		synchronized (received) {
			bytes = received.toByteArray();
		}
		int at = 0;
		int messages = 0;
		while (at < bytes.length) {
			int headerEnd = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), at);
			if (headerEnd < 0) {
				return "bytes after message " + messages + " are no LSP header: " + text(bytes, at);
			}
			String header = new String(bytes, at, headerEnd - at, StandardCharsets.US_ASCII);
			int length = -1;
			for (String line : header.split("\r\n")) {
				if (line.toLowerCase().startsWith("content-length:")) {
					length = Integer.parseInt(line.substring("content-length:".length()).strip());
				} else if (!line.toLowerCase().startsWith("content-type:")) {
					return "not an LSP header line after message " + messages + ": " + line;
				}
			}
			if (length < 0) {
				return "no Content-Length in header: " + header;
			}
			int body = headerEnd + 4;
			if (body + length > bytes.length) {
				return "message " + messages + " is cut short";
			}
			String json = new String(bytes, body, length, StandardCharsets.UTF_8).strip();
			if (!json.startsWith("{") || !json.endsWith("}")) {
				return "message " + messages + " is no JSON object: " + json;
			}
			at = body + length;
			messages++;
		}
		return messages == 0 ? "nothing received" : null;
	}

	private static String text(byte[] bytes, int from) {
		return new String(bytes, from, Math.min(200, bytes.length - from), StandardCharsets.UTF_8);
	}

	private static int indexOf(byte[] bytes, byte[] pattern, int from) {
		outer: for (int i = from; i + pattern.length <= bytes.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (bytes[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
