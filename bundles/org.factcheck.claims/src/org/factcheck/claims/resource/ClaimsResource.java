package org.factcheck.claims.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;

import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.parser.IParseResult;
import org.factcheck.text.encoding.DecodedText;
import org.factcheck.text.encoding.DecodingProblem;
import org.factcheck.text.encoding.TextDecoder;

/**
 * A claim file as a resource. Its bytes are read as the corpus reads documents: UTF-8 (a byte
 * order mark is skipped), a file that is clearly Latin-1 as Latin-1; invalid bytes and the
 * fallback become warnings with line and column, so that a mangled text is never checked silently.
 * Files larger than {@value #MAX_BYTES} bytes are not read.
 */
public class ClaimsResource extends LazyLinkingResource {

	/** The largest claim file read (64 MiB). */
	public static final int MAX_BYTES = 64 << 20;

	private List<DecodingProblem> decodingProblems = List.of();
	private String text;

	@Override
	protected Reader createReader(InputStream inputStream) throws IOException {
		byte[] bytes = inputStream.readNBytes(MAX_BYTES + 1);
		if (bytes.length > MAX_BYTES) {
			throw new IOException("the file is larger than " + (MAX_BYTES >> 20) + " MiB");
		}
		DecodedText decoded = TextDecoder.decode(bytes);
		decodingProblems = decoded.problems();
		text = decoded.text();
		return new StringReader(text);
	}

	@Override
	protected void updateInternalState(IParseResult oldParseResult, IParseResult newParseResult) {
		super.updateInternalState(oldParseResult, newParseResult);
		if (!decodingProblems.isEmpty()) {
			for (DecodingProblem problem : decodingProblems) {
				getWarnings().add(new DecodingDiagnostic(getURI(), text, problem));
			}
			decodingProblems = List.of();
		}
		text = null;
	}
}
