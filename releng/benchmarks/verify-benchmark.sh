#!/usr/bin/env bash
# Benchmark: verification of 100 claims against the real-news corpus (examples/gnad/corpus,
# 1,028 articles) through the product's command line, as a user or CI pipeline runs it.
#
#   releng/benchmarks/verify-benchmark.sh [runs]
#
# The claims are the 80 labelled real-news claims of examples/gnad/claims.jsonl plus 20 claims made
# from the lead sentences of 20 other articles (half of them cited). Reports the wall time of:
#   cold  - empty index directory: import and index of the corpus, then verification
#   warm  - the same command again (index reused), `runs` times (default 3), and the median
# The time includes starting the JVM and the OSGi framework.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RUNS=${1:-3}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/factcheck-verify-benchmark.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
CORPUS=$ROOT/examples/gnad/corpus

"$ROOT/factcheck" render "$ROOT/examples/gnad/claims.jsonl" --corpus "$CORPUS" --out "$WORK/claims.claims"
n=0
for file in $(ls "$CORPUS"/gnad-*.txt | sed -n '500,519p'); do
	id=$(basename "$file" .txt)
	lead=$(head -c 2000 "$file" | tr '\n' ' ' | sed -E 's/^([^.!?]{20,300}[.!?]) .*/\1/' | cut -c1-300 | sed 's/\\/\\\\/g; s/"/\\"/g')
	n=$((n + 1))
	printf '\nclaim lead%02d "%s"\n' "$n" "$lead" >> "$WORK/claims.claims"
	[ $((n % 2)) -eq 0 ] && printf '    cites "%s"\n' "$id" >> "$WORK/claims.claims"
done
claims=$(grep -c '^claim ' "$WORK/claims.claims")

run() {
	local start end status
	start=$(date +%s.%N)
	status=0
	"$ROOT/factcheck" verify --index "$WORK/index" --format json --out "$WORK/report.json" "$WORK/claims.claims" 2>"$WORK/err" || status=$?
	end=$(date +%s.%N)
	if [ "$status" -ge 2 ]; then
		cat "$WORK/err" >&2
		echo "verification failed with exit status $status" >&2
		exit 1
	fi
	awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }'
}

"$ROOT/factcheck" checkers >/dev/null
echo "claims: $claims, corpus: $(ls "$CORPUS"/*.txt | wc -l) documents, $(nproc) cores"
printf 'cold (import + index + verify): %.2f s\n' "$(run)"
times=()
for _ in $(seq "$RUNS"); do
	times+=("$(run)")
done
printf 'warm runs: %s s\n' "$(printf '%.2f ' "${times[@]}")"
printf 'warm median: %.2f s\n' "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")"
python3 -c "import json,sys; d=json.load(open('$WORK/report.json')); print('verdicts:', d['summary'])" 2>/dev/null || true
