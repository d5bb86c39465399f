#!/usr/bin/env bash
# Regenerates docs/images/claim-editor.png, the README's picture of the claim editor: the example
# claims verified, a mistyped document id, the Outline's verdict icons and a claim's hover. The
# picture is taken by EditorScreenshotTest (bundles/org.factcheck.ui.editor.tests), under Xvfb when
# there is no display.
#
#   releng/scripts/editor-screenshot.sh [maven options, e.g. -o]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$ROOT/releng/scripts/ui-test.sh"
run_editor_ui_test EditorScreenshotTest "$@"
mkdir -p "$ROOT/docs/images"
cp "$ROOT/bundles/org.factcheck.ui.editor.tests/target/screenshots/claim-editor.png" "$ROOT/docs/images/claim-editor.png"
echo "docs/images/claim-editor.png"
