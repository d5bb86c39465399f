package org.factcheck.engine.run;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.factcheck.checker.Claim;
import org.factcheck.engine.corpus.EmptyCorpus;

/**
 * Prepares the selected checkers on a background thread while a run does its serial start-up work
 * (creating the claim language, reading claim files, opening the corpus): each checker checks one
 * made-up claim against a corpus without documents, which loads the language models, lexicons and
 * thesaurus the checkers keep once per process. Without it the first claims of a run wait for that
 * loading one after another while the second core has nothing to do. The made-up claim's findings
 * are dropped; it reads no document, so the results of the run's own claims do not depend on it.
 */
public final class CheckerWarmUp implements AutoCloseable {

	/** A German claim with a name, a number, a date, a quotation and a negation, so that every kind of checker has work. */
	static final Claim SAMPLE = new Claim("warm-up",
			"Die Ministerin sagte am 3. Mai 2024 in Wien, dass \u201Edie Preise nicht\u201C um 2,5 Prozent gestiegen seien.",
			List.of(), Optional.empty());

	private final AtomicBoolean closed = new AtomicBoolean();
	private final CountDownLatch done = new CountDownLatch(1);

	private CheckerWarmUp() {
	}

	/** Starts preparing the checkers {@code selection} picks in the background. */
	public static CheckerWarmUp start(VerificationEngine engine, CheckerSelection selection) {
		CheckerWarmUp warmUp = new CheckerWarmUp();
		Thread thread = new Thread(() -> {
			try {
				prepare(engine, selection, warmUp.closed::get);
			} catch (RuntimeException | LinkageError e) {
				// a checker that cannot be prepared fails again, and is reported, on the run's claims
			} finally {
				warmUp.done.countDown();
			}
		}, "factcheck-warm-up");
		thread.setDaemon(true);
		thread.start();
		return warmUp;
	}

	/**
	 * Prepares the checkers {@code selection} picks on the calling thread: each checks the made-up
	 * claim against a corpus without documents, and its findings are dropped.
	 */
	public static void prepare(VerificationEngine engine, CheckerSelection selection, BooleanSupplier cancelled) {
		engine.verify(SAMPLE, new EmptyCorpus(), selection, cancelled);
	}

	/** Waits at most {@code timeout} for the warm-up to end; whether it has. */
	public boolean await(Duration timeout) throws InterruptedException {
		return done.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
	}

	/**
	 * Calls no further checker; a checker that is already preparing finishes on its own (the run's
	 * claims would wait for the same loading). Does not wait.
	 */
	@Override
	public void close() {
		closed.set(true);
	}
}
