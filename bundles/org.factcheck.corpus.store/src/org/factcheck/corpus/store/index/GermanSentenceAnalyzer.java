package org.factcheck.corpus.store.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.factcheck.text.compounds.CompoundSplitter;

/**
 * The analysis of indexed sentences and of queries: Unicode word tokens, lower case, German stop
 * words removed, compound parts added (jwordsplitter), German normalisation (umlauts, ß) and
 * light stemming. Thread-safe.
 */
public final class GermanSentenceAnalyzer extends Analyzer {

	/** Changes whenever this analysis indexes the same text differently. */
	public static final String VERSION = "analyzer-1";

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		StandardTokenizer source = new StandardTokenizer();
		TokenStream stream = new LowerCaseFilter(source);
		stream = new StopFilter(stream, GermanAnalyzer.getDefaultStopSet());
		stream = new CompoundPartsFilter(stream, CompoundSplitter.german());
		stream = new GermanNormalizationFilter(stream);
		stream = new GermanLightStemFilter(stream);
		return new TokenStreamComponents(source, stream);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new GermanNormalizationFilter(new LowerCaseFilter(in));
	}
}
