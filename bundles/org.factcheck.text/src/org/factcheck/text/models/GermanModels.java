package org.factcheck.text.models;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP German models packaged in this bundle under {@code /models/opennlp/}, each loaded
 * once on first use. Models are immutable and may be shared; the OpenNLP tools built on them
 * (SentenceDetectorME, TokenizerME, ...) are not thread-safe and are created per use.
 */
public final class GermanModels {

	private static final String FOLDER = "/models/opennlp/";

	private GermanModels() {
	}

	public static SentenceModel sentences() {
		return SentenceHolder.MODEL;
	}

	public static TokenizerModel tokens() {
		return TokenHolder.MODEL;
	}

	public static POSModel partsOfSpeech() {
		return PosHolder.MODEL;
	}

	public static LemmatizerModel lemmas() {
		return LemmaHolder.MODEL;
	}

	private static final class SentenceHolder {
		static final SentenceModel MODEL = load("sentence", SentenceModel::new);
	}

	private static final class TokenHolder {
		static final TokenizerModel MODEL = load("tokens", TokenizerModel::new);
	}

	private static final class PosHolder {
		static final POSModel MODEL = load("pos", POSModel::new);
	}

	private static final class LemmaHolder {
		static final LemmatizerModel MODEL = load("lemmas", LemmatizerModel::new);
	}

	private interface ModelReader<M> {
		M read(InputStream in) throws IOException;
	}

	private static <M> M load(String key, ModelReader<M> reader) {
		String resource = FOLDER + fileName(key);
		try (InputStream in = GermanModels.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("OpenNLP model " + resource
						+ " is missing from bundle org.factcheck.text (the Maven build unpacks it from Maven Central)");
			}
			return reader.read(new BufferedInputStream(in));
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
		}
	}

	private static String fileName(String key) {
		String resource = "/data/models.properties";
		Properties names = new Properties();
		try (InputStream in = GermanModels.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("data file " + resource + " is missing from bundle org.factcheck.text");
			}
			names.load(in);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read " + resource, e);
		}
		String name = names.getProperty(key);
		if (name == null) {
			throw new IllegalStateException(resource + " names no model for '" + key + "'");
		}
		return name;
	}
}
