package org.factcheck.cli.tests.checkers;

import java.util.List;

import org.factcheck.checker.CheckContext;
import org.factcheck.checker.Checker;
import org.factcheck.checker.Claim;
import org.factcheck.checker.Finding;

/** Contributed disabled by this bundle's plugin.xml: fails on every claim, as a broken plug-in would. */
public final class FailingChecker implements Checker {

	@Override
	public List<Finding> check(Claim claim, CheckContext context) {
		throw new IllegalStateException("the house-rules list is missing");
	}
}
