#!/usr/bin/env bash
# Screenshot of Help ▸ Install New Software… in the Factcheck IDE listing the extra-checkers
# feature of the update site built in this tree: docs/images/install-new-software.png.
#
#   releng/screenshots/install-new-software.sh [OUTPUT.png]
#
# Needs the product and the site built (./factcheck test), Xvfb, xdotool and imagemagick. It runs
# the IDE on a copy of the product, on a virtual display of its own, and leaves the product as it
# was. The picture is what a user sees after typing the site's folder into "Work with".
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
OUT=${1:-$ROOT/docs/images/install-new-software.png}
PRODUCT=$ROOT/releng/org.factcheck.product/target/products/org.factcheck.product/linux/gtk/x86_64/factcheck
SITE=$ROOT/releng/org.factcheck.extra.site/target/repository

for tool in Xvfb xdotool import convert; do
	command -v "$tool" >/dev/null || { echo "install-new-software.sh: $tool is missing (apt-get install xvfb xdotool imagemagick)" >&2; exit 2; }
done
[ -d "$PRODUCT/plugins" ] && [ -d "$SITE" ] || { echo "install-new-software.sh: build the product and the site first (./factcheck test)" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/factcheck-shot.XXXXXX")
PIDS=()
IDE=
cleanup() {
	[ -n "$IDE" ] && kill -- "-$IDE" 2>/dev/null || true
	for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
	rm -rf "$WORK"
}
trap cleanup EXIT
cp -r "$PRODUCT" "$WORK/factcheck"

display=99
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1600x1000x24 >/dev/null 2>&1 &
PIDS+=($!)
export DISPLAY=":$display"
for _ in $(seq 50); do [ -S "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done

# In a session of its own, so that the IDE's java process ends with it (kill -- -PID).
FACTCHECK_PRODUCT=$WORK/factcheck XDG_DATA_HOME=$WORK/data setsid "$ROOT/factcheck" ide --workspace "$WORK/workspace" \
	>"$WORK/ide.log" 2>&1 &
IDE=$!

window() { # waits for a window whose title matches $1, prints its id
	for _ in $(seq "${2:-120}"); do
		id=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | tail -n 1) && [ -n "$id" ] && { echo "$id"; return 0; }
		sleep 1
	done
	echo "install-new-software.sh: no window '$1' appeared; IDE log:" >&2
	cat "$WORK/ide.log" >&2
	return 1
}

window "workspace" >/dev/null
# No window manager: click into the workbench to give it the keyboard, then Quick Access (Ctrl+3);
# again until the dialog opens, since the workbench takes a while to be ready on a first start.
opened=
for _ in $(seq 12); do
	sleep 5
	xdotool mousemove --sync 700 500 click 1
	xdotool key Escape ctrl+3
	sleep 2
	xdotool type --delay 30 "Install New Software"
	sleep 2
	xdotool key Return
	sleep 5
	if xdotool search --onlyvisible --name "^Install *$" >/dev/null 2>&1; then opened=yes; break; fi
done
[ -n "$opened" ] || { import -window root "$OUT.failed.png"; echo "install-new-software.sh: the Install dialog did not open; see $OUT.failed.png" >&2; exit 1; }
sleep 3
xdotool key ctrl+a
xdotool type --delay 15 "file:$SITE"
xdotool key Return
sleep 10
# Into the list: the filter field, then the tree; open the category and select its feature.
xdotool key Tab Tab Tab Tab
sleep 1
xdotool key Right Down space
sleep 3
mkdir -p "$(dirname "$OUT")"
import -window root "$WORK/screen.png"
dialog=$(xdotool search --onlyvisible --name "^Install *$" | tail -n 1)
eval "$(xdotool getwindowgeometry --shell "$dialog")"
convert "$WORK/screen.png" -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" +repage "$OUT"
echo "install-new-software.sh: wrote $OUT"
