package org.factcheck.quickfix.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.factcheck.engine.claims.ClaimsLanguage;

/** Claim files against the seed corpus, written to a folder and parsed as the editors parse them. */
final class ClaimFiles {

	private ClaimFiles() {
	}

	static Path seeds() {
		String examples = System.getProperty("factcheck.examples", "examples");
		return Path.of(examples).toAbsolutePath().resolve("seeds/corpus");
	}

	static Path write(Path folder, String claims) throws IOException {
		Path file = folder.resolve("fix.claims");
		Files.writeString(file, "corpus \"" + seeds() + "\"\n\n" + claims, StandardCharsets.UTF_8);
		return file;
	}

	static XtextResource parse(Path file) {
		XtextResourceSet resources = ClaimsLanguage.injector().getInstance(XtextResourceSet.class);
		return (XtextResource) resources.getResource(URI.createFileURI(file.toString()), true);
	}

	static List<Issue> issues(XtextResource resource) {
		return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
	}

	static String text(XtextResource resource) {
		return resource.getParseResult().getRootNode().getText();
	}
}
