#!/usr/bin/env bash
# Regenerates the README's pictures of the IDE: runs the workbench's screenshot tests (the
# Verification, Evidence and Corpus views; and the claim editor's, where that test bundle has one)
# under Xvfb at 1600x1000 when there is no display, then copies the pictures they saved under
# target/screenshots to docs/images/. Needs the reactor installed in the local Maven repository
# (./mvnw install -DskipTests, or a full ./factcheck test run).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$ROOT/releng/scripts/jdk.sh"
JAVA_HOME=$(find_jdk) || exit 2
export JAVA_HOME

modules=bundles/org.factcheck.ui.tests
tests=ScreenshotsTest
if ls "$ROOT"/bundles/org.factcheck.ui.editor.tests/src/org/factcheck/ui/editor/tests/screenshot/*.java >/dev/null 2>&1; then
	modules=$modules,bundles/org.factcheck.ui.editor.tests
	tests=$tests,EditorScreenshotTest
fi
maven=("$ROOT/mvnw" -o -q -f "$ROOT/pom.xml" -pl "$modules" verify "-Dtest=$tests" -Dsurefire.failIfNoSpecifiedTests=false)
if [ -n "${DISPLAY:-}" ] && [ -S "/tmp/.X11-unix/X${DISPLAY#:}" ]; then
	"${maven[@]}"
else
	xvfb-run -a -s "-screen 0 1600x1000x24" "${maven[@]}"
fi

mkdir -p "$ROOT/docs/images"
copied=0
for picture in "$ROOT"/bundles/org.factcheck.ui*.tests/target/screenshots/*.png; do
	[ -f "$picture" ] || continue
	cp "$picture" "$ROOT/docs/images/"
	echo "docs/images/$(basename "$picture")"
	copied=$((copied + 1))
done
[ "$copied" -gt 0 ] || { echo "update.sh: the tests saved no screenshot" >&2; exit 1; }
