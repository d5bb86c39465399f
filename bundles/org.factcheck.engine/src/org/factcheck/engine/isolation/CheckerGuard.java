package org.factcheck.engine.isolation;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import org.factcheck.checker.Checker;
import org.factcheck.checker.CheckerPreferences;
import org.factcheck.checker.Claim;
import org.factcheck.checker.CorpusAccess;
import org.factcheck.checker.Finding;
import org.factcheck.engine.isolation.CheckerFailure.Kind;
import org.factcheck.engine.registry.CheckerDescriptor;

/**
 * Runs checker calls so that no checker can spoil a verification run (like Eclipse's
 * {@code SafeRunner}, with a clock): each call runs on a worker thread with a time budget per claim.
 * A call that throws, or returns findings that break the API's contract, is reported and the
 * others still count. When the budget is spent the call's context is cancelled and the call gets a
 * short grace period to return; its findings are then discarded. A call that ignores cancellation
 * is abandoned — its thread is left to finish on its own — and the checker is not called again by
 * this guard. Thread-safe; one guard serves a whole run (or, in the IDE, the engine's lifetime).
 */
public final class CheckerGuard {

	/** The time budget of one checker on one claim unless configured otherwise. */
	public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(30);

	/** The longest a cancelled call may take to return before it is abandoned. */
	private static final Duration MAX_GRACE = Duration.ofSeconds(2);

	private static final long POLL_MILLIS = 50;

	/** What one call delivered: the findings that count and, if it failed, why. */
	public record Outcome(List<Finding> findings, Optional<CheckerFailure> failure) {
	}

	private final Duration budget;
	private final Duration grace;
	private final Function<CheckerDescriptor, CheckerPreferences> preferences;
	private final Set<String> abandoned = ConcurrentHashMap.newKeySet();
	private final ExecutorService workers = Executors.newCachedThreadPool(new WorkerThreads());

	/**
	 * @param budget      how long one checker may take on one claim
	 * @param preferences the preferences each checker sees
	 */
	public CheckerGuard(Duration budget, Function<CheckerDescriptor, CheckerPreferences> preferences) {
		if (budget.isNegative() || budget.isZero()) {
			throw new IllegalArgumentException("the time budget must be positive: " + budget);
		}
		this.budget = budget;
		this.grace = budget.compareTo(MAX_GRACE) < 0 ? budget : MAX_GRACE;
		this.preferences = preferences;
	}

	public Duration budget() {
		return budget;
	}

	/** Whether the checker was abandoned after ignoring cancellation; it is not called again. */
	public boolean isAbandoned(String checkerId) {
		return abandoned.contains(checkerId);
	}

	/**
	 * Calls the checker on the claim within the time budget.
	 *
	 * @param shared       the values the claim's checkers share
	 * @param runCancelled whether the whole run was cancelled; then the call is cancelled too and,
	 *                     whatever it does, nothing is reported
	 */
	public Outcome call(CheckerDescriptor descriptor, Claim claim, CorpusAccess corpus, SharedValues shared,
			BooleanSupplier runCancelled) {
		if (abandoned.contains(descriptor.id())) {
			return new Outcome(List.of(), Optional.empty());
		}
		CallContext context = new CallContext(corpus, shared, preferences.apply(descriptor), runCancelled);
		Future<List<Finding>> call = workers.submit(() -> checker(descriptor).check(claim, context));
		long deadline = System.nanoTime() + budget.toNanos();
		try {
			List<Finding> returned = await(call, deadline, runCancelled);
			if (returned == null && call.isDone()) {
				returned = call.get();
			}
			if (!call.isDone()) {
				return expired(descriptor, claim, context, call, runCancelled.getAsBoolean());
			}
			FindingValidator.Result valid = new FindingValidator(corpus).validate(descriptor.id(), returned);
			return new Outcome(valid.findings(), Optional.ofNullable(valid.violation())
					.map(violation -> failure(descriptor, claim, Kind.MALFORMED, violation)));
		} catch (ExecutionException e) {
			Throwable cause = e.getCause();
			if (cause instanceof CancellationException && context.isCancelled()) {
				return new Outcome(List.of(), Optional.empty());
			}
			if (cause instanceof UnavailableChecker unavailable) {
				return new Outcome(List.of(), Optional.of(failure(descriptor, claim, Kind.UNAVAILABLE, unavailable.getMessage())));
			}
			return new Outcome(List.of(), Optional.of(failure(descriptor, claim, Kind.THREW, describe(cause))));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			context.cancel();
			call.cancel(true);
			return new Outcome(List.of(), Optional.empty());
		}
	}

	/** Waits until the call is done, the deadline passes or the run is cancelled; the findings if done. */
	private static List<Finding> await(Future<List<Finding>> call, long deadline, BooleanSupplier runCancelled)
			throws InterruptedException, ExecutionException {
		while (true) {
			long left = deadline - System.nanoTime();
			if (left <= 0 || runCancelled.getAsBoolean()) {
				return null;
			}
			try {
				return call.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)), TimeUnit.NANOSECONDS);
			} catch (TimeoutException e) {
				// keep waiting
			}
		}
	}

	private Outcome expired(CheckerDescriptor descriptor, Claim claim, CallContext context, Future<List<Finding>> call,
			boolean byRun) throws InterruptedException {
		context.cancel();
		try {
			call.get(grace.toNanos(), TimeUnit.NANOSECONDS);
		} catch (ExecutionException | CancellationException e) {
			// returned by failing once cancelled: as good as returning
		} catch (TimeoutException e) {
			call.cancel(true);
			if (byRun) {
				return new Outcome(List.of(), Optional.empty());
			}
			abandoned.add(descriptor.id());
			return new Outcome(List.of(), Optional.of(failure(descriptor, claim, Kind.ABANDONED,
					"no result within its time budget of " + seconds(budget) + " and it ignored cancellation; abandoned, "
							+ "so the claims after this one were verified without it")));
		}
		if (byRun) {
			return new Outcome(List.of(), Optional.empty());
		}
		return new Outcome(List.of(), Optional.of(failure(descriptor, claim, Kind.TIMED_OUT,
				"no result within its time budget of " + seconds(budget) + "; cancelled, its findings on this claim discarded")));
	}

	private static Checker checker(CheckerDescriptor descriptor) {
		try {
			return descriptor.checker();
		} catch (RuntimeException | LinkageError e) {
			throw new UnavailableChecker(describe(e));
		}
	}

	private static CheckerFailure failure(CheckerDescriptor descriptor, Claim claim, Kind kind, String reason) {
		return new CheckerFailure(descriptor.id(), claim.name(), kind, reason);
	}

	/** The exception's class and message, and where in the checker it was thrown. */
	static String describe(Throwable thrown) {
		StringBuilder text = new StringBuilder(thrown.getClass().getName());
		if (thrown.getMessage() != null && !thrown.getMessage().isBlank()) {
			text.append(": ").append(thrown.getMessage());
		}
		for (StackTraceElement frame : thrown.getStackTrace()) {
			if (!frame.getClassName().startsWith("java.") && !frame.getClassName().startsWith("jdk.")) {
				text.append(" (at ").append(frame.getClassName()).append('.').append(frame.getMethodName());
				if (frame.getLineNumber() > 0) {
					text.append(':').append(frame.getLineNumber());
				}
				text.append(')');
				break;
			}
		}
		return text.toString();
	}

	private static String seconds(Duration duration) {
		double seconds = duration.toMillis() / 1000.0;
		return (seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds)) + " s";
	}

	/** Abandoned calls keep their thread; daemon threads never keep the product from exiting. */
	private static final class WorkerThreads implements ThreadFactory {
		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable runnable) {
			Thread thread = new Thread(runnable, "factcheck-checker-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}
	}

	/** The checker could not be created; carries the reason to the caller's thread. */
	private static final class UnavailableChecker extends RuntimeException {
		private static final long serialVersionUID = 1L;

		UnavailableChecker(String message) {
			super(message);
		}
	}
}
