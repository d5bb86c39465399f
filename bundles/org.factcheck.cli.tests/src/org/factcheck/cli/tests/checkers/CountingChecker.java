package org.factcheck.cli.tests.checkers;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.factcheck.checker.CheckContext;
import org.factcheck.checker.Checker;
import org.factcheck.checker.Claim;
import org.factcheck.checker.Finding;

/** Contributed disabled by this bundle's plugin.xml: finds nothing and counts the claims it was asked about. */
public final class CountingChecker implements Checker {

	private static final AtomicInteger CALLS = new AtomicInteger();

	public static int calls() {
		return CALLS.get();
	}

	public static void reset() {
		CALLS.set(0);
	}

	@Override
	public List<Finding> check(Claim claim, CheckContext context) {
		CALLS.incrementAndGet();
		return List.of();
	}
}
