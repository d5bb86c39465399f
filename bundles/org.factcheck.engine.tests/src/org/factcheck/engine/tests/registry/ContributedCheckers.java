package org.factcheck.engine.tests.registry;

import java.util.List;

import org.factcheck.checker.CheckContext;
import org.factcheck.checker.Checker;
import org.factcheck.checker.Claim;
import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;

/** Checkers this test bundle contributes through its plugin.xml. */
public final class ContributedCheckers {

	private ContributedCheckers() {
	}

	/** Says every claim is unsourced, with the claim's name in the message. */
	public static final class Echo implements Checker {
		@Override
		public List<Finding> check(Claim claim, CheckContext context) {
			return List.of(Finding.assessment("org.factcheck.engine.tests.echo", Verdict.UNSOURCED, 0.1,
					"echo " + claim.name(), List.of()));
		}
	}

	/** Not a checker at all. */
	public static final class NotAChecker {
	}
}
