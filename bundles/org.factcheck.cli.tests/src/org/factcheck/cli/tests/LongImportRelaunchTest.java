package org.factcheck.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.factcheck.cli.verify.LongImportRelaunch;
import org.factcheck.corpus.store.ImportProgress;
import org.junit.jupiter.api.Test;

/** The run asks to be started again with the optimizing compiler before a long import, and only then. */
class LongImportRelaunchTest {

	private final List<String> heard = new ArrayList<>();
	private final ImportProgress recording = new ImportProgress() {
		@Override
		public void started(Path corpus, int documents) {
			heard.add("started " + corpus + " " + documents);
		}

		@Override
		public void imported(int done) {
			heard.add("imported " + done);
		}

		@Override
		public void finished() {
			heard.add("finished");
		}
	};
	private final ImportProgress relaunch = new LongImportRelaunch(recording, status -> heard.add("exit " + status));

	@Test
	void aShortImportGoesOnAndIsShown() {
		relaunch.started(Path.of("corpus"), LongImportRelaunch.DOCUMENTS - 1);
		relaunch.imported(7);
		relaunch.finished();
		assertEquals(List.of("started corpus 19999", "imported 7", "finished"), heard);
	}

	@Test
	void aLongImportEndsTheRunWithTheRelaunchStatusBeforeAnythingIsShown() {
		relaunch.started(Path.of("corpus"), LongImportRelaunch.DOCUMENTS);
		assertEquals("exit 24", heard.get(0));
		assertEquals(24, LongImportRelaunch.STATUS);
	}

	@Test
	void onlyARunTheScriptCanStartAgainEndsItself() {
		String before = System.getProperty("factcheck.compiler");
		try {
			System.clearProperty("factcheck.compiler");
			assertSame(recording, LongImportRelaunch.around(recording));
			System.setProperty("factcheck.compiler", "optimizing");
			assertSame(recording, LongImportRelaunch.around(recording));
			System.setProperty("factcheck.compiler", "quick");
			assertInstanceOf(LongImportRelaunch.class, LongImportRelaunch.around(recording));
		} finally {
			if (before == null) {
				System.clearProperty("factcheck.compiler");
			} else {
				System.setProperty("factcheck.compiler", before);
			}
		}
	}
}
