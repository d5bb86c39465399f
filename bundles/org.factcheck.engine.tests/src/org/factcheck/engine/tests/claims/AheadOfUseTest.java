package org.factcheck.engine.tests.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.factcheck.engine.claims.AheadOfUse;
import org.junit.jupiter.api.Test;

class AheadOfUseTest {

	@Test
	void startedAheadIsMadeOnceOnTheBackgroundThreadAndAUseWaitsForIt() throws InterruptedException {
		CountDownLatch making = new CountDownLatch(1);
		CountDownLatch mayFinish = new CountDownLatch(1);
		List<String> madeOn = Collections.synchronizedList(new ArrayList<>());
		AheadOfUse<Object> value = new AheadOfUse<>(() -> {
			madeOn.add(Thread.currentThread().getName());
			making.countDown();
			await(mayFinish);
			return new Object();
		});
		value.startInBackground("ahead-test");
		assertTrue(making.await(10, TimeUnit.SECONDS));
		Thread release = new Thread(mayFinish::countDown);
		release.start();
		Object first = value.get();
		assertSame(first, value.get());
		value.startInBackground("ahead-test-again");
		assertSame(first, value.get());
		assertEquals(List.of("ahead-test"), madeOn);
	}

	@Test
	void withoutAStartTheFirstUseMakesItOnItsOwnThread() {
		List<String> madeOn = new ArrayList<>();
		AheadOfUse<String> value = new AheadOfUse<>(() -> {
			madeOn.add(Thread.currentThread().getName());
			return "made";
		});
		assertEquals("made", value.get());
		assertEquals("made", value.get());
		assertEquals(List.of(Thread.currentThread().getName()), madeOn);
	}

	@Test
	void aFailureInTheBackgroundIsReportedToTheUseThatMakesItAgain() throws InterruptedException {
		AtomicInteger attempts = new AtomicInteger();
		CountDownLatch failedOnce = new CountDownLatch(1);
		AheadOfUse<String> value = new AheadOfUse<>(() -> {
			attempts.incrementAndGet();
			failedOnce.countDown();
			throw new IllegalStateException("cannot make it");
		});
		value.startInBackground("ahead-test-failing");
		assertTrue(failedOnce.await(10, TimeUnit.SECONDS));
		IllegalStateException thrown = assertThrows(IllegalStateException.class, value::get);
		assertEquals("cannot make it", thrown.getMessage());
		assertEquals(2, attempts.get());
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
