package org.factcheck.checkers.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.factcheck.checker.CheckContext;
import org.factcheck.checker.Checker;
import org.factcheck.checker.Citation;
import org.factcheck.checker.Claim;
import org.factcheck.checker.Evidence;
import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;
import org.factcheck.evidence.ClaimEvidence;
import org.factcheck.evidence.aspects.SameStatement;
import org.factcheck.text.dates.DateExpression;
import org.factcheck.text.numbers.Quantity;

/**
 * Superseded figures: for each of the claim's numbers (and its date), what every source making the
 * claim's statement gives, ordered by the source's date. When the claim's value is what its source
 * said — the cited document, or any document when the claim cites none that says it — but a later
 * source gives an incompatible value for the same thing, and no source agreeing with the claim is
 * as recent, the claim may be out of date: a note with both passages and their dates. With an
 * {@code asof} date, sources after it do not count. The note does not change the verdict.
 */
public final class SupersededFigureChecker implements Checker {

	public static final String ID = "org.factcheck.checkers.timeline";

	@Override
	public List<Finding> check(Claim claim, CheckContext context) {
		ClaimEvidence evidence = ClaimEvidence.of(claim, context);
		List<Quantity> quantities = evidence.claim().quantities();
		List<DateExpression> dates = evidence.claim().dates();
		if (quantities.isEmpty() && dates.size() != 1) {
			return List.of();
		}
		FigureFinder finder = new FigureFinder(evidence);
		Set<String> cited = claim.citations().stream().map(Citation::documentId).collect(Collectors.toSet());
		List<Finding> findings = new ArrayList<>();
		for (Quantity quantity : quantities) {
			if (context.isCancelled()) {
				return List.of();
			}
			String claimed = evidence.claim().text().substring(quantity.start(), quantity.end());
			supersession(claim, context, cited, finder.forQuantity(quantity), claimed).ifPresent(findings::add);
		}
		if (quantities.isEmpty()) {
			DateExpression date = dates.get(0);
			String claimed = evidence.claim().text().substring(date.start(), date.end());
			LocalDate reference = reference(claim, context, cited);
			if (reference != null) {
				List<Figure> figures = finder.forDate(date,
						document -> SourceDate.of(context.corpus(), document, reference).map(SourceDate::date), reference);
				supersession(claim, context, cited, figures, claimed).ifPresent(findings::add);
			}
		}
		return findings;
	}

	/** The date a claim's date without year is read against: its asof date, else its first dated cited source. */
	private static LocalDate reference(Claim claim, CheckContext context, Set<String> cited) {
		return claim.asOf().orElseGet(() -> cited.stream()
				.map(id -> context.corpus().document(id).map(d -> d.getPublished()).orElse(null))
				.filter(date -> date != null).findFirst().orElse(null));
	}

	private static Optional<Finding> supersession(Claim claim, CheckContext context, Set<String> cited,
			List<Figure> figures, String claimed) {
		Map<String, Figure> perDocument = new LinkedHashMap<>();
		for (Figure figure : figures) {
			perDocument.merge(figure.documentId(), figure, (a, b) -> a.rest() >= b.rest() ? a : b);
		}
		List<Figure> agreeing = perDocument.values().stream().filter(Figure::agrees).toList();
		if (agreeing.isEmpty()) {
			return Optional.empty();
		}
		boolean citedDecide = perDocument.keySet().stream().anyMatch(cited::contains);
		List<Figure> sources = citedDecide ? agreeing.stream().filter(f -> cited.contains(f.documentId())).toList()
				: agreeing;
		if (sources.isEmpty()) {
			return Optional.empty(); // the cited source itself gives another value: a conflict, not a supersession
		}
		LocalDate reference = sources.stream()
				.map(f -> context.corpus().document(f.documentId()).map(d -> d.getPublished()).orElse(null))
				.filter(date -> date != null).findFirst().orElse(null);
		if (reference == null) {
			return Optional.empty(); // no dated source: nothing to order against
		}
		Map<Figure, SourceDate> dated = new LinkedHashMap<>();
		for (Figure figure : perDocument.values()) {
			SourceDate.of(context.corpus(), figure.documentId(), reference)
					.filter(date -> claim.asOf().map(asOf -> !date.date().isAfter(asOf)).orElse(true))
					.ifPresent(date -> dated.put(figure, date));
		}
		Optional<LocalDate> latestAgreement = agreeing.stream().map(dated::get).filter(d -> d != null)
				.map(SourceDate::date).max(Comparator.naturalOrder());
		Figure source = sources.stream().filter(dated::containsKey).max(Comparator.comparing(f -> dated.get(f).date()))
				.orElse(null);
		if (source == null || latestAgreement.isEmpty()) {
			return Optional.empty();
		}
		Optional<Figure> later = perDocument.values().stream()
				.filter(f -> !f.agrees() && dated.containsKey(f) && dated.get(f).date().isAfter(latestAgreement.get()))
				.max(Comparator.comparing((Figure f) -> dated.get(f).date()).thenComparingDouble(Figure::rest));
		return later.map(newer -> note(claimed, source, newer, dated));
	}

	private static Finding note(String claimed, Figure source, Figure newer, Map<Figure, SourceDate> dated) {
		String timeline = dated.entrySet().stream().sorted(Comparator.comparing(e -> e.getValue().date()))
				.map(e -> e.getValue().date() + " " + e.getKey().documentId() + ": \u201E" + e.getKey().text() + "\u201C")
				.collect(Collectors.joining("; "));
		String message = "A later source gives another figure: the claim's \u201E" + claimed + "\u201C is what "
				+ source.documentId() + " (" + dated.get(source).describe() + ") says, but " + newer.documentId() + " ("
				+ dated.get(newer).describe() + ") gives \u201E" + newer.text() + "\u201C. By date: " + timeline + ".";
		List<Evidence> passages = List.of(source.sentence().evidence(), newer.sentence().evidence(), source.evidence(),
				newer.evidence());
		return Finding.note(ID, Verdict.CONFLICTING, SameStatement.conflictConfidence(newer.rest()), message, passages);
	}
}
