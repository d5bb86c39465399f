package org.factcheck.claims.headless;

import org.eclipse.xtext.formatting.IFormatter;
import org.eclipse.xtext.formatting.INodeModelFormatter;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.serializer.sequencer.ISemanticSequencer;
import org.eclipse.xtext.serializer.sequencer.ISyntacticSequencer;
import org.factcheck.claims.ClaimsRuntimeModule;

import com.google.inject.Binder;

/**
 * The runtime module without Xtext's serializer and formatter. A resource still needs an
 * {@link ISerializer}, and Guice resolves the serializer's whole object graph (its grammar analyses,
 * sequencers and formatter, about 130 classes) when the injector is made, although only saving a
 * resource uses it. Here the resource gets an {@link UnsupportedSerializer} instead, and the
 * sequencers and formatters are not bound (a {@code null} binding method binds nothing).
 */
public class ClaimsHeadlessModule extends ClaimsRuntimeModule {

	@Override
	public Class<? extends ISerializer> bindISerializer() {
		return UnsupportedSerializer.class;
	}

	@Override
	public Class<? extends ISemanticSequencer> bindISemanticSequencer() {
		return null;
	}

	@Override
	public Class<? extends ISyntacticSequencer> bindISyntacticSequencer() {
		return null;
	}

	@Override
	public void configureGenericSemanticSequencer(Binder binder) {
	}

	@Override
	public Class<? extends IFormatter> bindIFormatter() {
		return null;
	}

	@Override
	public Class<? extends INodeModelFormatter> bindINodeModelFormatter() {
		return null;
	}
}
