package org.factcheck.claims.tests.contentassist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.TextRegion;
import org.factcheck.claims.tests.ClaimsIdeTestInjectorProvider;
import org.factcheck.claims.tests.ClaimsWorkspace;
import org.factcheck.claims.tests.corpus.TestCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Provider;

@ExtendWith(InjectionExtension.class)
@InjectWith(ClaimsIdeTestInjectorProvider.class)
class ContentAssistTest {

	private static final String CURSOR = "‸";

	private static final String MILLER = """
			corpus "../corpus"
			claim miller "Miller sagte, jedes Land müsse selbst über Waffenlieferungen entscheiden."
			    cites "004_cf013e87bb0c4974" quote %s
			""";

	@Inject
	private ClaimsWorkspace workspace;

	@Inject
	private Provider<ContentAssistContextFactory> contextFactories;

	@Inject
	private IdeContentProposalProvider proposalProvider;

	@Inject
	private Provider<IdeContentProposalAcceptor> acceptors;

	private final ExecutorService pool = Executors.newSingleThreadExecutor();

	@TempDir
	Path root;

	@BeforeEach
	void createWorkspace() {
		workspace.in(root);
	}

	@AfterEach
	void stopPool() {
		pool.shutdownNow();
	}

	@Test
	void documentsAreProposedAfterCitesWithTitlePublisherAndDate() {
		List<ContentAssistEntry> proposals = proposals("""
				corpus "../corpus"
				claim a "Südkoreas Arsenal umfasst etwa 3,4 Millionen Geschosse." cites ‸
				""");

		List<ContentAssistEntry> documents = ofKind(proposals, ContentAssistEntry.KIND_REFERENCE);
		assertEquals(TestCorpus.SEED_IDS, documents.stream().map(ContentAssistEntry::getLabel).toList());
		ContentAssistEntry first = documents.get(0);
		assertEquals("\"000_8c535eb6db9358b5\"", first.getProposal());
		assertEquals("Am 7. November erklärte der südkoreanische Präsident Yoon Suk Yeol, s… · " + TestCorpus.PUBLISHER
				+ " · 2024-06-17", first.getDescription(), "the title is shortened to one line");
		assertTrue(first.getDocumentation().startsWith("Am 7. November erklärte der südkoreanische Präsident Yoon Suk "
				+ "Yeol, sein Land schließe die Möglichkeit nicht aus"), "the whole title is in the details");
		assertTrue(first.getDocumentation().endsWith("https://nachrichten.example/000_8c535eb6db9358b5"));
		assertEquals(documents.get(0), proposals.get(0), "documents come before keywords");
	}

	@Test
	void typedIdPrefixNarrowsTheDocuments() {
		List<ContentAssistEntry> proposals = proposals("""
				corpus "../corpus"
				claim a "Text." cites "003‸
				""");

		assertEquals(List.of("\"003_5631f6e596cc8e95\""), proposals(proposals, ContentAssistEntry.KIND_REFERENCE));
		assertEquals("\"003", proposals.get(0).getPrefix());
	}

	@Test
	void documentsAreProposedAfterAComma() {
		List<ContentAssistEntry> proposals = proposals("""
				corpus "../corpus"
				claim a "Text." cites "004_cf013e87bb0c4974", "00‸
				""");

		assertEquals(5, ofKind(proposals, ContentAssistEntry.KIND_REFERENCE).size());
	}

	@Test
	void closingQuoteTheEditorInsertedIsNotDoubled() {
		List<ContentAssistEntry> proposals = proposals("""
				corpus "../corpus"
				claim a "Text." cites "001‸"
				""");

		assertEquals(List.of("\"001_f7fa05fd70448d5b"), proposals(proposals, ContentAssistEntry.KIND_REFERENCE));
	}

	@Test
	void withoutCorpusNoDocumentsAreProposed() {
		List<ContentAssistEntry> proposals = proposals("""
				claim a "Text." cites ‸
				""");

		assertEquals(List.of(), ofKind(proposals, ContentAssistEntry.KIND_REFERENCE));
	}

	@Test
	void passageMatchingTheClaimIsProposedFirstAfterQuote() {
		List<ContentAssistEntry> passages = ofKind(proposals(MILLER.formatted(CURSOR)), ContentAssistEntry.KIND_TEXT);

		assertEquals("\"Jedes Land muss seine eigene Entscheidung darüber treffen, ob es Waffen an die Ukraine liefert.\"",
				passages.get(0).getProposal());
		assertTrue(passages.get(0).getDescription().startsWith("quote"), passages.get(0).getDescription());
		assertEquals("\"Miller sagt: „Jedes Land muss seine eigene Entscheidung darüber treffen, ob es Waffen an die "
				+ "Ukraine liefert.“\"", passages.get(1).getProposal());
		assertTrue(passages.size() <= 20, "at most 20 passages");
	}

	@Test
	void pageFurnitureIsNeverProposed() {
		List<String> passages = proposals(proposals(MILLER.formatted(CURSOR)), ContentAssistEntry.KIND_TEXT);

		assertFalse(passages.stream().anyMatch(passage -> passage.contains("Schreibe einen Kommentar")
				|| passage.contains("E-Mail-Adresse") || passage.contains("Siehe auch")), passages::toString);
	}

	@Test
	void typedTextContinuesFromWhereItOccursInThePassage() {
		List<String> passages = proposals(proposals(MILLER.formatted("\"eigene Entsch" + CURSOR)),
				ContentAssistEntry.KIND_TEXT);

		assertEquals("\"eigene Entscheidung darüber treffen, ob es Waffen an die Ukraine liefert.\"", passages.get(0));
		assertTrue(passages.stream().allMatch(passage -> passage.startsWith("\"eigene Entsch")), passages::toString);
	}

	@Test
	void passagesOfOtherDocumentsAreNotProposed() {
		List<String> passages = proposals(proposals(MILLER.formatted("\"Yoon" + CURSOR)), ContentAssistEntry.KIND_TEXT);

		assertEquals(List.of(), passages, "Yoon is named in other seed documents only");
	}

	@Test
	void keywordsFollowACompleteClaim() {
		List<String> keywords = proposals(proposals("""
				claim a "Text."
				‸
				"""), ContentAssistEntry.KIND_KEYWORD);

		assertEquals(List.of("asof", "cites", "claim", "expect"), keywords.stream().sorted().toList());
	}

	@Test
	void verdictsFollowExpect() {
		List<String> keywords = proposals(proposals("""
				claim a "Text." expect ‸
				"""), ContentAssistEntry.KIND_KEYWORD);

		assertEquals(List.of("conflicting", "supported", "unsourced"), keywords.stream().sorted().toList());
	}

	private List<ContentAssistEntry> proposals(String textWithCursor) {
		int offset = textWithCursor.indexOf(CURSOR);
		String text = textWithCursor.replace(CURSOR, "");
		XtextResource resource = ClaimsWorkspace.resource(workspace.parse(text));
		ContentAssistContextFactory factory = contextFactories.get();
		factory.setPool(pool);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = acceptors.get();
		proposalProvider.createProposals(Arrays.asList(contexts), acceptor);
		List<ContentAssistEntry> entries = new ArrayList<>();
		acceptor.getEntries().forEach(entries::add);
		return entries;
	}

	private static List<ContentAssistEntry> ofKind(List<ContentAssistEntry> entries, String kind) {
		return entries.stream().filter(entry -> kind.equals(entry.getKind())).toList();
	}

	private static List<String> proposals(List<ContentAssistEntry> entries, String kind) {
		return ofKind(entries, kind).stream().map(ContentAssistEntry::getProposal).toList();
	}
}
