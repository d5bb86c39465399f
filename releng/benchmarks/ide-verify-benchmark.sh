#!/usr/bin/env bash
# Benchmark: verifying the 80 labelled gnad claims (examples/gnad/claims.jsonl, rendered to a claim
# file) against the 1,028-article gnad corpus in the IDE, compared with the command line.
#
#   releng/benchmarks/ide-verify-benchmark.sh [runs]
#
# Both use the same corpus cache, warmed first (the import is not measured here; see
# verify-benchmark.sh). Reports:
#   command line - wall time of `./factcheck verify FILE`, JVM and OSGi start included, `runs` times
#   IDE          - wall time of the workbench's verification job on the same file, from the request
#                  to the published results and updated markers: the first one in a fresh workbench
#                  (the corpus is opened on the way; the checkers were prepared in the background
#                  when the workbench started, which is reported too) and `runs` more
# and the ratio of the IDE's first run to the command line's median (target: at most 1.2).
# Needs a display (Xvfb is used when there is none) and the reactor installed in the local Maven
# repository (./mvnw install -DskipTests, or a full ./factcheck test run).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RUNS=${1:-3}
. "$ROOT/releng/scripts/jdk.sh"
JAVA_HOME=$(find_jdk) || exit 2
export JAVA_HOME
WORK=$(mktemp -d "${TMPDIR:-/tmp}/factcheck-ide-benchmark.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
CLAIMS=$WORK/gnad.claims

"$ROOT/factcheck" render "$ROOT/examples/gnad/claims.jsonl" --corpus "$ROOT/examples/gnad/corpus" --out "$CLAIMS"
count=$(grep -c '^claim ' "$CLAIMS")

seconds() {
	awk -v s="$1" -v e="$2" 'BEGIN { printf "%.2f", e - s }'
}
median() {
	printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"
}

"$ROOT/factcheck" verify --format json --out "$WORK/warm.json" "$CLAIMS" 2>/dev/null || true
cli=()
for _ in $(seq "$RUNS"); do
	start=$(date +%s.%N)
	"$ROOT/factcheck" verify --format json --out "$WORK/report.json" "$CLAIMS" 2>/dev/null || [ $? -lt 2 ]
	cli+=("$(seconds "$start" "$(date +%s.%N)")")
done

maven=("$ROOT/mvnw" -o -q -f "$ROOT/pom.xml" -pl bundles/org.factcheck.ui.tests verify
	-Dtest=VerificationBenchmark -Dsurefire.failIfNoSpecifiedTests=false
	"-Dfactcheck.benchmark.claims=$CLAIMS" "-Dfactcheck.benchmark.runs=$RUNS" "-Dfactcheck.benchmark.out=$WORK/ide.txt"
	"-Dfactcheck.benchmark.expectedClaims=$count")
if [ -n "${DISPLAY:-}" ] && [ -S "/tmp/.X11-unix/X${DISPLAY#:}" ]; then
	"${maven[@]}" >"$WORK/maven.log" 2>&1 || { tail -n 40 "$WORK/maven.log" >&2; exit 1; }
else
	xvfb-run -a -s "-screen 0 1600x1000x24" "${maven[@]}" >"$WORK/maven.log" 2>&1 || { tail -n 40 "$WORK/maven.log" >&2; exit 1; }
fi
first=$(sed -n 's/^first //p' "$WORK/ide.txt")
warmup=$(sed -n 's/^warmup //p' "$WORK/ide.txt")
mapfile -t warm < <(sed -n 's/^warm //p' "$WORK/ide.txt")

echo "claims: $count (examples/gnad), corpus: $(ls "$ROOT/examples/gnad/corpus"/*.txt | wc -l) documents, $(nproc) cores"
printf 'command line (./factcheck verify, JVM start included): %s s, median %.2f s\n' "${cli[*]}" "$(median "${cli[@]}")"
printf 'IDE: preparing the checkers in the background at start: %s s\n' "${warmup:-?}"
printf 'IDE verification job, first in a fresh workbench: %.2f s\n' "$first"
printf 'IDE verification job, again: %s s, median %.2f s\n' "${warm[*]}" "$(median "${warm[@]}")"
awk -v ide="$first" -v cli="$(median "${cli[@]}")" 'BEGIN { printf "ratio IDE first / command line: %.2f (target <= 1.2)\n", ide / cli }'
