package org.factcheck.install;

/**
 * An install or uninstall that cannot be done — a bad site, a missing feature, a conflict — with
 * one sentence saying why. The product is left as it was.
 */
public final class InstallProblem extends Exception {

	private static final long serialVersionUID = 1L;

	public InstallProblem(String sentence) {
		super(sentence);
	}

	public InstallProblem(String sentence, Throwable cause) {
		super(sentence, cause);
	}
}
