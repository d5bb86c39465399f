package org.factcheck.ui.tests.verification;

import java.util.List;

import org.factcheck.checker.CheckContext;
import org.factcheck.checker.Checker;
import org.factcheck.checker.Claim;
import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;

/**
 * A checker that, like the extra checkers (superseded figures, hedged sources), only notes
 * something about a claim's sources: on claims whose name starts with {@value #PREFIX}.
 */
public final class NotingChecker implements Checker {

	public static final String ID = "org.factcheck.ui.tests.noting";
	public static final String PREFIX = "noted_";
	public static final String NOTE = "a later source gives another figure";

	@Override
	public List<Finding> check(Claim claim, CheckContext context) {
		if (claim.name().startsWith(PREFIX)) {
			return List.of(Finding.note(ID, Verdict.CONFLICTING, 0.8, NOTE, List.of()));
		}
		return List.of();
	}
}
