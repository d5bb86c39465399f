package org.factcheck.claims.tests.writing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.factcheck.claims.claims.Claim;
import org.factcheck.claims.claims.ClaimFile;
import org.factcheck.claims.claims.Verdict;
import org.factcheck.claims.tests.ClaimsTestInjectorProvider;
import org.factcheck.claims.tests.ClaimsWorkspace;
import org.factcheck.claims.writing.ClaimFileWriter;
import org.factcheck.claims.writing.ClaimFileWriter.WrittenCitation;
import org.factcheck.claims.writing.ClaimFileWriter.WrittenClaim;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(ClaimsTestInjectorProvider.class)
class ClaimFileWriterTest {

	private static final WrittenClaim MILLER = new WrittenClaim("miller",
			"Miller sagte, jedes Land müsse selbst über Waffenlieferungen entscheiden.",
			List.of(new WrittenCitation("004_cf013e87bb0c4974",
					Optional.of("Jedes Land muss seine eigene Entscheidung darüber treffen")),
					new WrittenCitation("001_f7fa05fd70448d5b", Optional.empty())),
			Optional.of(LocalDate.of(2024, 6, 21)), Optional.of(Verdict.SUPPORTED));

	@Inject
	private ClaimFileWriter writer;

	@Inject
	private ClaimsWorkspace workspace;

	@Inject
	private ValidationTestHelper validation;

	@TempDir
	Path root;

	@BeforeEach
	void createWorkspace() {
		workspace.in(root);
	}

	@Test
	void writesTheDocumentedSurface() {
		assertEquals("""
				corpus "../corpus"

				claim miller "Miller sagte, jedes Land müsse selbst über Waffenlieferungen entscheiden."
				    cites "004_cf013e87bb0c4974" quote "Jedes Land muss seine eigene Entscheidung darüber treffen", "001_f7fa05fd70448d5b"
				    asof 2024-06-21
				    expect supported

				claim a "Text."
				""", writer.write(Optional.of("../corpus"), List.of(MILLER,
				new WrittenClaim("a", "Text.", List.of(), Optional.empty(), Optional.empty()))));
	}

	@Test
	void writtenFileReadsBackAsWritten() {
		WrittenClaim awkward = new WrittenClaim("quote", "Er sagte: \"Wir prüfen das\" – Pfad C:\\Daten\nzweite Zeile",
				List.of(new WrittenCitation("004_cf013e87bb0c4974", Optional.of("„unglaublich besorgniserregend“"))),
				Optional.empty(), Optional.of(Verdict.CONFLICTING));

		ClaimFile file = workspace.parse(writer.write(Optional.of("../corpus"), List.of(MILLER, awkward)));

		validation.assertNoIssues(file);
		Claim read = file.getClaims().get(1);
		assertEquals("quote", read.getName());
		assertEquals(awkward.text(), read.getText());
		assertEquals("„unglaublich besorgniserregend“", read.getCitations().get(0).getQuote());
		assertEquals(Verdict.CONFLICTING, read.getExpected());
		assertEquals("2024-06-21", file.getClaims().get(0).getAsOf());
	}

	@Test
	void nameThatIsNoNameIsRefused() {
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> writer.write(
				Optional.empty(), List.of(new WrittenClaim("3 Fragen", "Text.", List.of(), Optional.empty(),
						Optional.empty()))));

		assertEquals("'3 Fragen' cannot be a claim name: use letters, digits, '_' and '-', starting with a letter or '_'",
				refused.getMessage());
	}
}
