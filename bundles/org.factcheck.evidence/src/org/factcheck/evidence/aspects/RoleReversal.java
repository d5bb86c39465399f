package org.factcheck.evidence.aspects;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Elements;
import org.factcheck.evidence.terms.Roles;
import org.factcheck.text.tokens.Token;

/**
 * A sentence that says who did what to whom the other way round: the claim's agent is the
 * sentence's patient and the claim's patient its agent, with the same verb (Der Hund biss den
 * Briefträger / Der Briefträger biss den Hund; active or passive on either side, see {@link Roles}).
 * Not for verbs whose two roles can be swapped without changing what happened (treffen, heiraten).
 * Such a sentence does not state the claim (see {@link Stating}); the polarity checker reports it as
 * a conflict.
 */
public final class RoleReversal {

	/** Verbs of a mutual relation: A trifft B says B trifft A. */
	private static final Set<String> MUTUAL = Set.of("treffen", "heiraten", "begegnen", "verhandeln", "sprechen", "reden",
			"telefonieren", "streiten", "kämpfen", "spielen", "ähneln", "gleichen", "berühren", "umarmen", "kennen", "lieben",
			"verbinden", "kooperieren", "zusammenarbeiten", "verloben", "scheiden", "einigen", "vergleichen");

	/**
	 * @param claimAgent    the claim's agent (token)
	 * @param sentenceAgent the sentence's agent (token), which realises the claim's patient
	 */
	public record Reversal(int claimAgent, int claimPatient, int sentenceAgent, int sentencePatient) {
	}

	private RoleReversal() {
	}

	/** @param alignment the claim's alignment to the sentence, from the evidence library */
	public static Optional<Reversal> find(AnalyzedText claim, AnalyzedText sentence, Alignment alignment) {
		if (!alignment.unrealised(Elements::isElement).isEmpty()) {
			return Optional.empty();
		}
		Optional<Roles> claimRoles = Roles.of(claim);
		Optional<Roles> sentenceRoles = claimRoles.isEmpty() ? Optional.empty() : Roles.of(sentence);
		if (sentenceRoles.isEmpty() || mutual(claim, claimRoles.get().verb())) {
			return Optional.empty();
		}
		Roles c = claimRoles.get();
		Roles s = sentenceRoles.get();
		if (realisedAt(alignment, claim, c.agent(), sentence, s.patient())
				&& realisedAt(alignment, claim, c.patient(), sentence, s.agent())
				&& realisedAt(alignment, claim, c.verb(), sentence, s.verb())) {
			return Optional.of(new Reversal(c.agent(), c.patient(), s.agent(), s.patient()));
		}
		return Optional.empty();
	}

	private static boolean mutual(AnalyzedText claim, int verb) {
		String lemma = claim.lemmas().get(verb);
		return lemma != null && MUTUAL.contains(lemma.toLowerCase(Locale.GERMAN));
	}

	/** Whether the claim's word at the token is realised by the sentence's word at the other token. */
	private static boolean realisedAt(Alignment alignment, AnalyzedText claim, int claimToken, AnalyzedText sentence,
			int sentenceToken) {
		Token claimWord = claim.tokens().get(claimToken);
		Token sentenceWord = sentence.tokens().get(sentenceToken);
		for (TermMatch match : alignment.matches()) {
			if (match.matched() && match.sentenceTerm() != null && !match.byReference()
					&& match.claimTerm().start() <= claimWord.start() && claimWord.end() <= match.claimTerm().end()) {
				return match.sentenceTerm().start() <= sentenceWord.start() && sentenceWord.end() <= match.sentenceTerm().end();
			}
		}
		return false;
	}
}
