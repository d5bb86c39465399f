package org.factcheck.ui.tests.verification;

import java.util.List;

import org.factcheck.checker.CheckContext;
import org.factcheck.checker.Checker;
import org.factcheck.checker.Claim;
import org.factcheck.checker.Finding;

/** A broken checker: fails on claims whose text contains {@value #TRIGGER}, finds nothing in others. */
public final class FailingChecker implements Checker {

	public static final String ID = "org.factcheck.ui.tests.failing";
	public static final String TRIGGER = "CHECKER-FAILS";

	@Override
	public List<Finding> check(Claim claim, CheckContext context) {
		if (claim.text().contains(TRIGGER)) {
			throw new IllegalStateException("cannot check " + claim.name());
		}
		return List.of();
	}
}
