#!/usr/bin/env bash
# Scale and robustness benchmark of the corpus store and the command line (issue 9's targets).
#
#   releng/benchmarks/scale-benchmark.sh [SIZES] [RUNS]
#
#   SIZES  document counts of the synthetic corpora, comma-separated (default 1000,10000,100000;
#          "" measures only the command line, the gnad claims and the hostile inputs)
#   RUNS   how often each warm measurement is repeated; the median is reported (default 3)
#
# Synthetic gnad-like corpora (SyntheticCorpus.java) are generated into a work folder
# ($FACTCHECK_BENCH_DIR, default a new temporary folder, removed at the end unless
# FACTCHECK_BENCH_KEEP=1), never into the repository. Every measurement runs a process under
# /usr/bin/time -v and reports wall time, CPU time (user + system) and maximum RSS:
#
#   baseline   plain Lucene sentence indexing of the corpus (LuceneBaseline.java)
#   import     ./factcheck verify of one claim into an empty cache: the product's first import
#   warm       the same again: one claim on the warm corpus
#   changed    one document edited, then the same claim: the cost of an incremental update
#   start      ./factcheck verify of a claim file without claims (the command line's fixed cost),
#              and ./factcheck --version
#   gnad 1000  1,000 claims against the gnad corpus (warm); gnad 5000 the same with 5,000 claims
#   hostile    a 50 MB document (import, then a claim citing it), 100,000 short lines, a 1 MB
#              claim, 20,000 claims in one file
#
# Build the product first (./factcheck builds it when needed). The machine should be otherwise
# idle; the script prints the load average before each measurement so that a reader can judge.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$ROOT/releng/scripts/jdk.sh"
JAVA_HOME=$(find_jdk) || exit 2
export JAVA_HOME
SIZES=${1-1000,10000,100000}
RUNS=${2:-3}
FACTCHECK=$ROOT/factcheck
GNAD=$ROOT/examples/gnad/corpus
M2=${MAVEN_REPOSITORY:-$HOME/.m2/repository}
if [ -n "${MAVEN_ARGS:-}" ] && [[ "$MAVEN_ARGS" =~ maven\.repo\.local=([^ ]+) ]]; then
	M2=${BASH_REMATCH[1]}
fi
LUCENE_CP=$M2/org/apache/lucene/lucene-core/10.6.0/lucene-core-10.6.0.jar:$M2/org/apache/lucene/lucene-analysis-common/10.6.0/lucene-analysis-common-10.6.0.jar
for jar in ${LUCENE_CP//:/ }; do
	[ -f "$jar" ] || { echo "missing $jar (build the product first)" >&2; exit 2; }
done

WORK=${FACTCHECK_BENCH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/factcheck-scale.XXXXXX")}
mkdir -p "$WORK"
[ "${FACTCHECK_BENCH_KEEP:-0}" = 1 ] || trap 'rm -rf "$WORK"' EXIT

"$FACTCHECK" checkers >/dev/null

# measure NAME COMMAND...: runs COMMAND under /usr/bin/time -v; prints "NAME wall cpu rss status"
measure() {
	local name=$1 log status
	shift
	log=$(mktemp "$WORK/time.XXXXXX")
	status=0
	/usr/bin/time -v "$@" >"$log.out" 2>"$log" || status=$?
	awk -v name="$name" -v status="$status" '
		/Elapsed \(wall clock\)/ { n = split($NF, t, ":"); wall = (n == 3 ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2]) }
		/User time/ { user = $NF } /System time/ { sys = $NF } /Maximum resident/ { rss = $NF }
		END { printf "%-34s %8.2f s wall %8.2f s cpu %7.0f MiB  (exit %s)\n", name, wall, user + sys, rss / 1024, status }' "$log"
	rm -f "$log" "$log.out"
}

# median NAME RUNS COMMAND...: measures RUNS times, prints every run and the median line
median() {
	local name=$1 runs=$2 lines
	shift 2
	lines=$(for _ in $(seq "$runs"); do measure "$name" "$@"; done)
	printf '%s\n' "$lines" | sed 's/^/  run: /'
	printf '%s\n' "$lines" | sort -k2 -n | sed -n "$(( (runs + 1) / 2 ))p" | sed 's/^/median /'
}

load() {
	printf '  (load average %s, %s cores)\n' "$(cut -d' ' -f1-3 /proc/loadavg)" "$(nproc)"
}

claim_for() {
	local corpus=$1 doc
	doc=$(ls "$corpus" | grep '\.txt$' | sed -n '7p')
	printf 'corpus "%s"\nclaim one "Die Regierung hat am Montag neue Maßnahmen beschlossen."\n    cites "%s"\n' \
		"$corpus" "${doc%.txt}" >"$WORK/one-$(basename "$corpus").claims"
	printf '%s' "$WORK/one-$(basename "$corpus").claims"
}

echo "== scale: synthetic gnad-like corpora ($SIZES documents), $(nproc) cores, work folder $WORK"
for size in ${SIZES//,/ }; do
	corpus=$WORK/corpus-$size
	[ -d "$corpus" ] || "$JAVA_HOME/bin/java" "$ROOT/releng/benchmarks/SyntheticCorpus.java" "$GNAD" "$corpus" "$size" >/dev/null
	claims=$(claim_for "$corpus")
	rm -rf "$WORK/baseline-$size" "$WORK/index-$size"
	echo "-- $size documents"
	load
	measure "baseline (plain Lucene) $size" "$JAVA_HOME/bin/java" -cp "$LUCENE_CP" \
		"$ROOT/releng/benchmarks/LuceneBaseline.java" "$corpus" "$WORK/baseline-$size"
	load
	measure "import (first run) $size" "$FACTCHECK" verify --index "$WORK/index-$size" "$claims"
	load
	median "warm: 1 claim $size" "$RUNS" "$FACTCHECK" verify --index "$WORK/index-$size" "$claims"
	doc=$(ls "$corpus" | grep '\.txt$' | sed -n '3p')
	changed_runs=$(for run in $(seq "$RUNS"); do
		printf '\nNachtrag %s.\n' "$run" >>"$corpus/$doc"
		measure "one changed document $size" "$FACTCHECK" verify --index "$WORK/index-$size" "$claims"
	done)
	printf '%s\n' "$changed_runs" | sed 's/^/  run: /'
	printf '%s\n' "$changed_runs" | sort -k2 -n | sed -n "$(( (RUNS + 1) / 2 ))p" | sed 's/^/median /'
	rm -rf "$WORK/baseline-$size"
done

echo "== command line and claims on gnad (1,028 documents)"
printf 'corpus "%s"\n// no claims\n' "$GNAD" >"$WORK/none.claims"
"$FACTCHECK" verify --index "$WORK/index-gnad" "$WORK/none.claims" >/dev/null 2>&1 || true
load
median "start (verify, no claims)" "$RUNS" "$FACTCHECK" verify --index "$WORK/index-gnad" "$WORK/none.claims"
median "start (--version)" "$RUNS" "$FACTCHECK" --version
make_claims() {
	local count=$1 out=$2
	printf 'corpus "%s"\n' "$GNAD" >"$out"
	ls "$GNAD" | grep '^gnad-.*\.txt$' | head -n 1028 | while read -r file; do
		head -c 1500 "$GNAD/$file" | tr '\n' ' ' | grep -oE '[A-ZÄÖÜ][^.!?]{30,220}[.!?]' | head -n 6 \
			| sed 's/\\/\\\\/g; s/"/\\"/g' | sed "s/^/${file%.txt}\t/"
	done | head -n "$count" | awk -F'\t' '{ printf "claim c%05d \"%s\"\n", NR, $2; if (NR % 2 == 0) printf "    cites \"%s\"\n", $1 }' >>"$out" || true
	# (head ends the pipe early on purpose: pipefail must not end the script)
}
for count in 1000 5000; do
	make_claims "$count" "$WORK/gnad-$count.claims"
	load
	median "gnad: $(grep -c '^claim ' "$WORK/gnad-$count.claims") claims" "$RUNS" "$FACTCHECK" verify --index "$WORK/index-gnad" \
		--format json --out "$WORK/report-$count.json" "$WORK/gnad-$count.claims"
done

echo "== hostile input"
hostile=$WORK/hostile
mkdir -p "$hostile/big" "$hostile/lines"
"$JAVA_HOME/bin/java" "$ROOT/releng/benchmarks/HostileInput.java" "$hostile" "$ROOT/examples/seeds/corpus"
load
measure "50 MB document: import" "$FACTCHECK" verify --index "$WORK/index-big" "$hostile/big.claims"
median "50 MB document: claim citing it" "$RUNS" "$FACTCHECK" verify --index "$WORK/index-big" "$hostile/big.claims"
load
measure "100,000 short lines: import" "$FACTCHECK" verify --index "$WORK/index-lines" "$hostile/lines.claims"
load
median "1 MB claim" "$RUNS" "$FACTCHECK" verify --index "$WORK/index-seeds" "$hostile/huge-claim.claims"
median "20,000 claims in one file" 1 "$FACTCHECK" verify --index "$WORK/index-seeds" --format json \
	--out "$WORK/report-20000.json" "$hostile/many.claims"
