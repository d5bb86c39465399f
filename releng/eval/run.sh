#!/usr/bin/env bash
# Accuracy of the product on every labelled claim set of the repository (and on the team's shared
# development set when it is present beside the repository).
#
#   releng/eval/run.sh            accuracy, macro-F1 and per-category accuracy of each set
#   releng/eval/run.sh -v SET     the full evaluation report of one set (a file, or a set name such
#                                 as gnad-a), misses included
#
# The "-b" halves of the held-out sets are for measuring only: tune on the dev set and the "-a"
# halves, never on the "-b" halves, so that their numbers stay an honest estimate.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SEEDS=$ROOT/examples/seeds/corpus
GNAD=$ROOT/examples/gnad/corpus

corpus_of() {
	case "$(basename "$1")" in
		gnad*|claims.jsonl) echo "$GNAD" ;;
		*) echo "$SEEDS" ;;
	esac
}

if [ "${1:-}" = "-v" ]; then
	set=$2
	[ -f "$set" ] || set=$ROOT/releng/eval/${set%.jsonl}.jsonl
	exec "$ROOT/factcheck" eval "$set" --corpus "$(corpus_of "$set")"
fi

# Build the product first if needed, so that a failed build stops here with its message.
"$ROOT/factcheck" checkers >/dev/null

sets=()
[ -f "$ROOT/../shared/eval/dev-claims.jsonl" ] && sets+=("$ROOT/../shared/eval/dev-claims.jsonl")
sets+=("$ROOT"/releng/eval/seeds-heldout-a.jsonl "$ROOT"/releng/eval/seeds-heldout-b.jsonl
	"$ROOT"/releng/eval/gnad-a.jsonl "$ROOT"/releng/eval/gnad-b.jsonl)
for set in "${sets[@]}"; do
	report=$("$ROOT/factcheck" eval "$set" --corpus "$(corpus_of "$set")" --format json) || [ $? -le 2 ] || exit 1
	python3 - "$set" "$report" <<'PY'
import json, sys, os
name, report = os.path.basename(sys.argv[1]), json.loads(sys.argv[2])
cats = ", ".join(f"{c} {v['correct']}/{v['total']}" for c, v in report["categories"].items())
print(f"{name:26s} accuracy {report['accuracy']:.3f} ({report['correct']}/{report['total']})  macro-F1 {report['macroF1']:.3f}")
print(f"{'':26s} {cats}")
PY
done
