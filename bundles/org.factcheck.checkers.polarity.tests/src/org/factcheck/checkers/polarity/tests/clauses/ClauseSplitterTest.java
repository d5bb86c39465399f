package org.factcheck.checkers.polarity.tests.clauses;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.factcheck.checkers.polarity.clauses.Clause;
import org.factcheck.checkers.polarity.clauses.ClauseKind;
import org.factcheck.checkers.polarity.clauses.ClauseSplitter;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** Clauses of real seed and news sentences. */
class ClauseSplitterTest {

	private record Split(AnalyzedText text, List<Clause> clauses) {

		String words(int clause) {
			return clauses.get(clause).tokens().stream().map(i -> text.tokens().get(i).text())
					.collect(Collectors.joining(" "));
		}

		String particle(int clause) {
			Clause c = clauses.get(clause);
			return c.particle() < 0 ? null
					: text.tokens().get(c.verb()).text() + " … " + text.tokens().get(c.particle()).text();
		}
	}

	private static Split split(String sentence) {
		AnalyzedText text = TextAnalyzer.german().analyze(sentence);
		return new Split(text, ClauseSplitter.german().split(text.tokens(), text.tags()));
	}

	@Test
	void complementClauseBelongsToTheClauseThatReportsIt() {
		Split split = split("Er schloss nicht aus, dass Südkorea Waffenlieferungen an die Ukraine in Betracht ziehen könnte.");
		assertEquals(2, split.clauses().size());
		assertEquals("Er schloss nicht aus", split.words(0));
		assertEquals("schloss … aus", split.particle(0));
		assertEquals(ClauseKind.COMPLEMENT, split.clauses().get(1).kind());
		assertEquals(0, split.clauses().get(1).governor());
	}

	@Test
	void mainClauseInterruptedByARelativeClauseIsJoinedAgain() {
		Split split = split("Das Abkommen, das von Kremlchef Wladimir Putin und Nordkoreas Machthaber Kim Jong Un im Juni "
				+ "unterzeichnet wurde, sieht eine gegenseitige „sofortige militärische Unterstützung“ im Falle eines "
				+ "Angriffs auf eines der beiden Länder vor.");
		assertEquals(2, split.clauses().size());
		assertEquals(ClauseKind.MAIN, split.clauses().get(0).kind());
		assertEquals(2, split.clauses().get(0).spans().size());
		assertEquals("sieht … vor", split.particle(0));
		assertEquals(ClauseKind.RELATIVE, split.clauses().get(1).kind());
	}

	@Test
	void conjunctionJoiningTwoClausesSplitsThem() {
		Split split = split("Russland weist die Vorwürfe zurück und betont, dass die Partnerschaft mit Nordkorea gegen "
				+ "niemanden gerichtet sei.");
		assertEquals(3, split.clauses().size());
		assertEquals("weist … zurück", split.particle(0));
		assertEquals("und betont", split.words(1));
		assertEquals(1, split.clauses().get(2).governor());
	}

	@Test
	void conditionsAndPurposesAreNotStatedAsFact() {
		Split split = split("Die FPÖ hat in der Zwischenzeit Mandatare des Teams Stronach gewonnen, um wieder eigene "
				+ "Anträge stellen zu können.");
		assertEquals(ClauseKind.UNASSERTED, split.clauses().get(1).kind());
		Split condition = split("Ich glaube nicht, dass wir in einer Position sind, in der wir tatenlos zusehen können, "
				+ "wenn dies am Ende zu einer Bedrohung unserer Sicherheit wird.");
		assertEquals(List.of(ClauseKind.MAIN, ClauseKind.COMPLEMENT, ClauseKind.RELATIVE, ClauseKind.UNASSERTED),
				condition.clauses().stream().map(Clause::kind).toList());
	}

	@Test
	void verbMistakenForAnAdjectiveStillMakesAClause() {
		Split split = split("Am 7. November erklärte der südkoreanische Präsident Yoon Suk Yeol, sein Land schließe die "
				+ "Möglichkeit nicht aus, der Ukraine Waffen zu liefern.");
		assertEquals("sein Land schließe die Möglichkeit nicht aus", split.words(1));
		assertEquals("schließe … aus", split.particle(1));
		assertEquals(ClauseKind.COMPLEMENT, split.clauses().get(2).kind());
	}

	@Test
	void sentenceOpeningWithAuchWennOrSelbstWennStartsWithACondition() {
		Split opening = split("Auch wenn der Bus nicht pünktlich kam, erreichten die Schüler das Museum rechtzeitig.");
		assertEquals(ClauseKind.UNASSERTED, opening.clauses().get(0).kind());
		assertEquals(ClauseKind.MAIN, opening.clauses().get(1).kind());
		Split selbst = split("Selbst wenn der Regen nicht nachlässt, gehen die Wanderer weiter.");
		assertEquals(List.of(ClauseKind.UNASSERTED, ClauseKind.MAIN), selbst.clauses().stream().map(Clause::kind).toList());
	}

	@Test
	void listRightAfterDassStaysInTheDassClause() {
		Split split = split("Der Trainer wollte nicht, dass Anna, Paul und Jonas heute spielen.");
		assertEquals(2, split.clauses().size());
		assertEquals("Der Trainer wollte nicht", split.words(0));
		assertEquals(ClauseKind.COMPLEMENT, split.clauses().get(1).kind());
		assertEquals(0, split.clauses().get(1).governor());
		assertEquals("dass Anna Paul und Jonas heute spielen .", split.words(1));
	}
}
