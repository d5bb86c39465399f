package org.factcheck.engine.isolation;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.factcheck.checker.CheckContext;
import org.factcheck.checker.CheckerPreferences;
import org.factcheck.checker.CorpusAccess;

/**
 * The context of one checker's call on one claim: the claim's corpus and shared values, the
 * checker's preferences, and a cancellation flag of its own that the engine raises when the call's
 * time budget is spent.
 */
final class CallContext implements CheckContext {

	private final CorpusAccess corpus;
	private final SharedValues shared;
	private final CheckerPreferences preferences;
	private final BooleanSupplier runCancelled;
	private volatile boolean cancelled;

	CallContext(CorpusAccess corpus, SharedValues shared, CheckerPreferences preferences, BooleanSupplier runCancelled) {
		this.corpus = corpus;
		this.shared = shared;
		this.preferences = preferences;
		this.runCancelled = runCancelled;
	}

	void cancel() {
		cancelled = true;
	}

	@Override
	public CorpusAccess corpus() {
		return corpus;
	}

	@Override
	public boolean isCancelled() {
		return cancelled || runCancelled.getAsBoolean();
	}

	@Override
	public CheckerPreferences preferences() {
		return preferences;
	}

	@Override
	public <T> T shared(SharedKey<T> key, Supplier<T> compute) {
		return shared.get(key, compute, this::isCancelled);
	}
}
