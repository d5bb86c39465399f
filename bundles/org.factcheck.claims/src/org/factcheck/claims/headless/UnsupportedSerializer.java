package org.factcheck.claims.headless;

import java.io.Writer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.util.ReplaceRegion;

/** The serializer of a language that only reads: writing a model back as text is not supported. */
public final class UnsupportedSerializer implements ISerializer {

	@Override
	public String serialize(EObject object) {
		throw unsupported();
	}

	@Override
	public String serialize(EObject object, SaveOptions options) {
		throw unsupported();
	}

	@Override
	public void serialize(EObject object, Writer writer, SaveOptions options) {
		throw unsupported();
	}

	@Override
	public ReplaceRegion serializeReplacement(EObject object, SaveOptions options) {
		throw unsupported();
	}

	private static UnsupportedOperationException unsupported() {
		return new UnsupportedOperationException("this claim language only reads claim files; it writes none");
	}
}
