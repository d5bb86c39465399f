package org.factcheck.engine.run;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.factcheck.checker.CheckContext;
import org.factcheck.checker.CorpusAccess;

/** The context of the checkers of one claim; its shared values live as long as that claim's check. */
final class ClaimCheckContext implements CheckContext {

	private final CorpusAccess corpus;
	private final BooleanSupplier cancelled;
	private final Map<SharedKey<?>, Object> shared = new HashMap<>();

	ClaimCheckContext(CorpusAccess corpus, BooleanSupplier cancelled) {
		this.corpus = corpus;
		this.cancelled = cancelled;
	}

	@Override
	public CorpusAccess corpus() {
		return corpus;
	}

	@Override
	public boolean isCancelled() {
		return cancelled.getAsBoolean();
	}

	@Override
	@SuppressWarnings("unchecked")
	public synchronized <T> T shared(SharedKey<T> key, Supplier<T> compute) {
		if (shared.containsKey(key)) {
			return (T) shared.get(key);
		}
		T value = compute.get();
		shared.put(key, value);
		return value;
	}
}
