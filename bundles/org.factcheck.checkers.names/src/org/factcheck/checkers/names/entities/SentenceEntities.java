package org.factcheck.checkers.names.entities;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.factcheck.checker.CorpusAccess;
import org.factcheck.checkers.names.gazetteer.EntityForm;
import org.factcheck.checkers.names.gazetteer.EntityKind;
import org.factcheck.corpus.Content;
import org.factcheck.evidence.candidates.ContentAdapters;
import org.factcheck.evidence.candidates.KeptSentenceValues;
import org.factcheck.evidence.terms.AnalysisCodec;
import org.factcheck.evidence.terms.AnalyzedText;

/**
 * The entities of one document's sentences found by their own cues ({@link EntityFinder#find(AnalyzedText)}),
 * computed on first use and kept as long as the document's content is loaded, so that the claims
 * whose evidence includes a sentence do not look its names up again; and kept with the corpus cache
 * ({@link KeptSentenceValues}), so that a later run reads them instead. Attached to the
 * {@link Content} as an adapter; thread-safe.
 */
public final class SentenceEntities extends AdapterImpl {

	/** The kind of kept values under which a sentence's entities are kept with the corpus cache. */
	public static final String KIND = "sentence-entities";

	/**
	 * What the kept entities were found by: a number raised whenever {@link EntityFinder} or what it
	 * reads (gazetteers, roles) changes its results, with this bundle's and the analyses' versions.
	 */
	public static final String VERSION = KeptSentenceValues.version("entities-1", EntityFinder.class);

	private static final EntityKind[] KINDS = EntityKind.values();
	private static final EntityForm[] FORMS = EntityForm.values();

	/** Mentions as bytes: a mention's text is written only where it is not the sentence's text at its offsets. */
	public static final KeptSentenceValues.Codec<List<EntityMention>> CODEC = new KeptSentenceValues.Codec<>() {
		@Override
		public void write(List<EntityMention> mentions, String text, DataOutputStream out) throws IOException {
			AnalysisCodec.writeNumber(out, mentions.size());
			for (EntityMention mention : mentions) {
				out.writeByte(mention.kind().ordinal());
				out.writeByte(mention.form().ordinal());
				out.writeBoolean(mention.canonical() != null);
				if (mention.canonical() != null) {
					out.writeUTF(mention.canonical());
				}
				AnalysisCodec.writeNumber(out, mention.first());
				AnalysisCodec.writeNumber(out, mention.last());
				AnalysisCodec.writeNumber(out, mention.start());
				AnalysisCodec.writeNumber(out, mention.end());
				boolean asWritten = mention.start() >= 0 && mention.start() <= mention.end() && mention.end() <= text.length()
						&& text.substring(mention.start(), mention.end()).equals(mention.text());
				out.writeBoolean(asWritten);
				if (!asWritten) {
					out.writeUTF(mention.text());
				}
			}
		}

		@Override
		public List<EntityMention> read(DataInputStream in, String text) throws IOException {
			int count = AnalysisCodec.readNumber(in);
			if (count < 0 || count > text.length()) {
				throw new IOException("not a count of mentions");
			}
			List<EntityMention> mentions = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				EntityKind kind = KINDS[in.readByte()];
				EntityForm form = FORMS[in.readByte()];
				String canonical = in.readBoolean() ? in.readUTF() : null;
				int first = AnalysisCodec.readNumber(in);
				int last = AnalysisCodec.readNumber(in);
				int start = AnalysisCodec.readNumber(in);
				int end = AnalysisCodec.readNumber(in);
				String mentionText = in.readBoolean() ? text.substring(start, end) : in.readUTF();
				mentions.add(new EntityMention(kind, canonical, form, first, last, start, end, mentionText));
			}
			return List.copyOf(mentions);
		}
	};

	private final Map<Integer, List<EntityMention>> found = new ConcurrentHashMap<>();

	private SentenceEntities() {
	}

	/**
	 * The entities of a corpus sentence, given its analysis (the evidence library's analysis of that
	 * sentence); found in the analysis directly when the document's content is not at hand.
	 */
	public static List<EntityMention> of(CorpusAccess corpus, String documentId, int sentenceIndex,
			AnalyzedText analysis, EntityFinder finder) {
		Optional<Content> content = corpus.content(documentId);
		if (content.isEmpty()) {
			return finder.find(analysis);
		}
		return of(content.get()).found.computeIfAbsent(sentenceIndex, index -> KeptSentenceValues.of(content.get(), KIND,
				VERSION, index, analysis.text(), CODEC, () -> List.copyOf(finder.find(analysis))));
	}

	private static SentenceEntities of(Content content) {
		return ContentAdapters.of(content, SentenceEntities.class, SentenceEntities::new);
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == SentenceEntities.class;
	}
}
