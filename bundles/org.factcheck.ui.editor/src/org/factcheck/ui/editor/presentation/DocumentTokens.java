package org.factcheck.ui.editor.presentation;

import java.util.Arrays;
import java.util.Map;
import java.util.WeakHashMap;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.factcheck.claims.ide.syntaxcoloring.ClaimsTokenStyles;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.editor.model.ClaimDocumentModel;

import com.google.inject.Key;
import com.google.inject.name.Names;

/**
 * The claim language lexer's tokens of a document, kept up to date incrementally: after a change
 * the text is lexed again from the token before the change until the new tokens meet the old ones
 * again, so a keystroke relexes a few tokens, and opening a block comment relexes as far as it
 * reaches. Shared by the document's highlighting, quote pairing and quote matching; UI thread.
 */
public final class DocumentTokens {

	private static final Map<IDocument, DocumentTokens> BY_DOCUMENT = new WeakHashMap<>();

	private final IDocument document;
	private final Lexer lexer;
	private final ClaimsTokenStyles styles;
	private int[] starts = new int[0];
	private int[] ends = new int[0];
	private int[] types = new int[0];
	private int count;
	private long stamp = Long.MIN_VALUE;
	private DocumentEvent lastEvent;
	private IRegion lastDamage;

	private DocumentTokens(IDocument document) {
		this.document = document;
		var injector = FactcheckUi.getDefault().claimsInjector();
		this.lexer = injector.getInstance(Key.get(Lexer.class, Names.named(LexerIdeBindings.HIGHLIGHTING)));
		this.styles = injector.getInstance(ClaimsTokenStyles.class);
	}

	/** The tokens of {@code document}. */
	public static synchronized DocumentTokens of(IDocument document) {
		return BY_DOCUMENT.computeIfAbsent(document, DocumentTokens::new);
	}

	/**
	 * Brings the tokens up to date with a change of the document, and returns the region whose
	 * tokens changed. The same event asked again gets the same answer; an event for text that did
	 * not change (the viewer asking for a region to be redrawn, e.g. after folding) gets its own
	 * region.
	 */
	public synchronized IRegion update(DocumentEvent event) {
		if (event == lastEvent) {
			return lastDamage;
		}
		long now = ClaimDocumentModel.stampOf(document);
		if (now == stamp && now != IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP) {
			int length = Math.max(event.getLength(), event.getText() == null ? 0 : event.getText().length());
			return new Region(event.getOffset(), Math.min(length, document.getLength() - event.getOffset()));
		}
		String inserted = event.getText() == null ? "" : event.getText();
		int lengthBefore = document.getLength() - inserted.length() + event.getLength();
		IRegion damage;
		if (count == 0 || ends[count - 1] != lengthBefore) {
			lexAll();
			damage = new Region(0, document.getLength());
		} else {
			damage = relex(event.getOffset(), event.getLength(), inserted.length());
		}
		stamp = now;
		lastEvent = event;
		lastDamage = damage;
		return damage;
	}

	/** Makes sure the tokens describe the document's current text. */
	public synchronized void ensureCurrent() {
		long now = ClaimDocumentModel.stampOf(document);
		if (now != stamp || now == IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP || count == 0 || ends[count - 1] != document.getLength()) {
			lexAll();
			stamp = now;
		}
	}

	public synchronized int count() {
		return count;
	}

	public synchronized int start(int index) {
		return starts[index];
	}

	public synchronized int end(int index) {
		return ends[index];
	}

	/** The highlighting style of the token, see {@link org.factcheck.claims.ide.syntaxcoloring.ClaimsHighlightingStyles}. */
	public synchronized String style(int index) {
		return styles.styleOf(types[index]);
	}

	/** The index of the token that holds {@code offset} (the last one at the end of the text); -1 if none. */
	public synchronized int indexAt(int offset) {
		if (count == 0) {
			return -1;
		}
		int found = Arrays.binarySearch(starts, 0, count, offset);
		int index = found >= 0 ? found : -found - 2;
		return Math.max(0, Math.min(index, count - 1));
	}

	private void lexAll() {
		count = 0;
		starts = new int[Math.max(16, document.getLength() / 4)];
		ends = new int[starts.length];
		types = new int[starts.length];
		lex(0, (start, end, type) -> {
			add(start, end, type);
			return false;
		});
	}

	/**
	 * Relexes after {@code removed} characters at {@code offset} became {@code inserted} ones, and
	 * returns the region (new coordinates) whose tokens were lexed again.
	 */
	private IRegion relex(int offset, int removed, int inserted) {
		int delta = inserted - removed;
		int first = Math.max(0, indexAt(offset) - 1);
		int restart = starts[first];
		int[] oldStarts = starts;
		int[] oldEnds = ends;
		int[] oldTypes = types;
		int oldCount = count;
		int changeEnd = offset + inserted;
		int[] resume = { first };
		int[] keepFrom = { oldCount };
		count = first;
		starts = Arrays.copyOf(oldStarts, Math.max(oldStarts.length, first + 64));
		ends = Arrays.copyOf(oldEnds, starts.length);
		types = Arrays.copyOf(oldTypes, starts.length);
		int[] lastEnd = { restart };
		lex(restart, (start, end, type) -> {
			if (start >= changeEnd) {
				int old = resume[0];
				while (old < oldCount && oldStarts[old] + delta < start) {
					old++;
				}
				resume[0] = old;
				if (old < oldCount && oldStarts[old] >= offset + removed && oldStarts[old] + delta == start
						&& oldEnds[old] + delta == end && oldTypes[old] == type) {
					keepFrom[0] = old;
					return true;
				}
			}
			add(start, end, type);
			lastEnd[0] = end;
			return false;
		});
		int kept = oldCount - keepFrom[0];
		ensureCapacity(count + kept);
		for (int old = keepFrom[0]; old < oldCount; old++) {
			starts[count] = oldStarts[old] + delta;
			ends[count] = oldEnds[old] + delta;
			types[count] = oldTypes[old];
			count++;
		}
		return new Region(restart, Math.max(0, lastEnd[0] - restart));
	}

	private interface TokenSink {
		/** Takes a token; returns true to stop lexing. */
		boolean token(int start, int end, int type);
	}

	/**
	 * Lexes from {@code from} (a token start) and hands the tokens to {@code sink} until it says
	 * stop. The text is read in growing windows, not to the end of a long document: a window's
	 * last token is handed on only once the next window shows it is complete, and a window with an
	 * unclosed block comment is read to the end of the document.
	 */
	private void lex(int from, TokenSink sink) {
		int length = document.getLength();
		int position = from;
		int window = Math.min(length - from, 4096);
		while (position < length) {
			String text;
			try {
				text = document.get(position, window);
			} catch (BadLocationException e) {
				return;
			}
			if (position + window < length && text.lastIndexOf("/*") > text.lastIndexOf("*/")) {
				window = length - position;
				continue;
			}
			boolean toEnd = position + window >= length;
			lexer.setCharStream(new ANTLRStringStream(text));
			int pendingStart = -1;
			int pendingEnd = -1;
			int pendingType = -1;
			for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
				CommonToken common = (CommonToken) token;
				int start = position + common.getStartIndex();
				int end = position + common.getStopIndex() + 1;
				if (end <= start) {
					continue;
				}
				if (pendingStart >= 0 && sink.token(pendingStart, pendingEnd, pendingType)) {
					return;
				}
				pendingStart = start;
				pendingEnd = end;
				pendingType = token.getType();
			}
			if (toEnd || pendingStart < 0) {
				if (pendingStart >= 0) {
					sink.token(pendingStart, pendingEnd, pendingType);
				}
				return;
			}
			window = Math.min(length - pendingStart, Math.max(window * 2, pendingEnd - pendingStart + 4096));
			position = pendingStart;
		}
	}

	private void add(int start, int end, int type) {
		ensureCapacity(count + 1);
		starts[count] = start;
		ends[count] = end;
		types[count] = type;
		count++;
	}

	private void ensureCapacity(int capacity) {
		if (capacity > starts.length) {
			int size = Math.max(capacity, starts.length * 2);
			starts = Arrays.copyOf(starts, size);
			ends = Arrays.copyOf(ends, size);
			types = Arrays.copyOf(types, size);
		}
	}
}
