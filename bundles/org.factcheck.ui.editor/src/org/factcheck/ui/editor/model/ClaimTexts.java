package org.factcheck.ui.editor.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.factcheck.claims.layout.ClaimFileLayout;
import org.factcheck.claims.layout.LayoutReader;
import org.factcheck.ui.FactcheckUi;

import com.google.inject.Injector;

/** Reads claim file texts with the workbench's claim language. */
public final class ClaimTexts {

	private ClaimTexts() {
	}

	/** Parses {@code text} as the claim file at {@code uri}, in a resource set of its own. */
	public static XtextResource parse(URI uri, String text) {
		Injector injector = FactcheckUi.getDefault().claimsInjector();
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = injector.getInstance(XtextResource.class);
		resource.setURI(uri);
		resourceSet.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return resource;
	}

	public static List<Issue> validate(XtextResource resource, CancelIndicator cancel) {
		return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL, cancel);
	}

	public static ClaimFileLayout layout(XtextResource resource) {
		return FactcheckUi.getDefault().claimsInjector().getInstance(LayoutReader.class).read(resource);
	}
}
