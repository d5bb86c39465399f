#!/usr/bin/env bash
# Checks that the command line never loads the user interface: runs `./factcheck verify` on the
# examples (and `checkers`) with the JVM's class-loading log and fails if any class of SWT, JFace,
# the workbench or the product's UI bundles (org.factcheck.ui*) was loaded. A bundle whose classes
# are not loaded is not activated, so this also proves no UI bundle started. Run by `./factcheck test`
# after the build; needs the materialised product.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOG=$(mktemp "${TMPDIR:-/tmp}/factcheck-headless.XXXXXX")
trap 'rm -f "$LOG"' EXIT
UI_CLASSES='^(org\.eclipse\.swt|org\.eclipse\.jface|org\.eclipse\.ui|org\.eclipse\.e4\.ui|org\.factcheck\.ui)\.'

check() {
	local status=0
	# No display: a UI class that loaded anyway could not hide behind a working display.
	env -u DISPLAY -u WAYLAND_DISPLAY FACTCHECK_JAVA_OPTS="-Xlog:class+load=info:file=$LOG" \
		"$ROOT/factcheck" "$@" >/dev/null 2>&1 || status=$?
	if [ "$status" -ge 2 ]; then
		echo "check-headless: ./factcheck $* failed with exit status $status" >&2
		exit 1
	fi
	local loaded classes
	loaded=$(grep -c 'class,load' "$LOG" || true)
	if [ "$loaded" -lt 1000 ]; then
		echo "check-headless: the class-loading log of ./factcheck $* is empty; cannot check" >&2
		exit 1
	fi
	classes=$(sed -n 's/.*\[class,load\] \([^ ]*\) .*/\1/p' "$LOG" | grep -E "$UI_CLASSES" || true)
	if [ -n "$classes" ]; then
		echo "check-headless: ./factcheck $* loaded user-interface classes:" >&2
		echo "$classes" | head -n 20 >&2
		exit 1
	fi
	echo "check-headless: ./factcheck $* loaded $loaded classes, none of the user interface"
}

check verify "$ROOT/examples/seeds"
check checkers
