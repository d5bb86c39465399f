#!/usr/bin/env bash
# Benchmark of the claim editor in the workbench: a file of 2,000 claims citing the 1,028 real news
# articles of examples/gnad/corpus. Prints the time to open it, and for 100 single keystrokes at
# random claims the time until the editor shows the updated highlighting and problem annotations
# (median, p95, max), how long each keystroke keeps the UI thread busy, and the CPU time of the
# background check per keystroke (which, unlike wall times, does not depend on the machine's load).
#
#   releng/benchmarks/editor-benchmark.sh [maven options, e.g. -o]
#
# Runs EditorBenchmark of bundles/org.factcheck.ui.editor.tests (excluded from the normal test run)
# through the Maven reactor, under Xvfb when there is no display; takes a few minutes.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$ROOT/releng/scripts/ui-test.sh"
run_editor_ui_test EditorBenchmark "$@"
cat "$ROOT/bundles/org.factcheck.ui.editor.tests/target/benchmark/editor-benchmark.txt"
