#!/usr/bin/env bash
# Draws the workbench's icons (bundles/org.factcheck.ui/icons) with ImageMagick: each is drawn on a
# 128-pixel canvas and scaled down to 16 and 32 pixels (name.png, name@2x.png). Run after changing
# a design; the PNG files are committed. The verdict icons are SVG files (icons/verdicts/).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
OUT=$ROOT/bundles/org.factcheck.ui/icons
mkdir -p "$OUT"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

GREEN='#2e9d4f'; RED='#d23c3c'; AMBER='#e39b17'; BLUE='#2f6fb7'; GREY='#7a7f87'; PAPER='#fbfbf8'; INK='#4a4f57'

# icon NAME DRAW-ARGS...: draws on a transparent 128x128 canvas, writes NAME.png (16) and NAME@2x.png (32).
icon() {
	local name=$1; shift
	convert -size 128x128 xc:none "$@" "$TMP/$name.png"
	convert "$TMP/$name.png" -filter Lanczos -resize 16x16 "$OUT/$name.png"
	convert "$TMP/$name.png" -filter Lanczos -resize 32x32 "$OUT/$name@2x.png"
}

disc() { DISC=(-fill "$1" -stroke none -draw "circle 64,64 64,8"); }
PAGE=(-fill "$PAPER" -stroke "$INK" -strokewidth 7 -draw "path 'M 26,8 L 82,8 L 104,30 L 104,120 L 26,120 Z'")
LINES=(-stroke "$GREY" -strokewidth 7 -draw "line 40,48 90,48" -draw "line 40,66 90,66" -draw "line 40,84 90,84" -draw "line 40,102 74,102")


# Verify: a page with a check mark badge.
icon verify "${PAGE[@]}" "${LINES[@]}" -fill "$GREEN" -stroke white -strokewidth 6 -draw "circle 88,88 88,52" \
	-fill none -stroke white -strokewidth 11 -draw "polyline 70,89 83,102 106,76"
# Verification view: a table whose rows carry verdict dots.
icon verification_view -fill "$PAPER" -stroke "$INK" -strokewidth 7 -draw "rectangle 10,16 118,112" \
	-stroke none -fill "$GREEN" -draw "circle 32,40 32,30" -fill "$RED" -draw "circle 32,64 32,54" \
	-fill "$AMBER" -draw "circle 32,88 32,78" -stroke "$GREY" -strokewidth 7 \
	-draw "line 52,40 104,40" -draw "line 52,64 104,64" -draw "line 52,88 96,88"
# Evidence: a page with a highlighted passage and a magnifier.
icon evidence_view "${PAGE[@]}" -stroke none -fill '#f5d547' -draw "rectangle 36,56 94,74" \
	-stroke "$GREY" -strokewidth 7 -draw "line 40,40 90,40" -draw "line 40,65 90,65" -draw "line 40,90 70,90" \
	-fill none -stroke "$BLUE" -strokewidth 10 -draw "circle 80,92 80,72" -draw "line 94,106 112,124"
# Corpus: a stack of pages.
icon corpus -fill '#e6e8ec' -stroke "$INK" -strokewidth 6 -draw "rectangle 40,6 116,92" \
	-fill '#eff1f4' -draw "rectangle 26,20 102,106" -fill "$PAPER" -draw "rectangle 12,34 88,120" \
	-stroke "$GREY" -strokewidth 6 -draw "line 24,56 76,56" -draw "line 24,74 76,74" -draw "line 24,92 60,92"
icon document "${PAGE[@]}" "${LINES[@]}"
icon paragraph -stroke "$GREY" -strokewidth 10 -draw "line 14,30 114,30" -draw "line 14,56 114,56" \
	-draw "line 14,82 114,82" -draw "line 14,108 70,108"
icon sentence -stroke "$BLUE" -strokewidth 10 -draw "line 14,64 96,64" -stroke none -fill "$BLUE" -draw "circle 110,64 110,56"
# Findings: a citation (a chain link) and a note (an i).
icon finding_citation -fill none -stroke "$BLUE" -strokewidth 12 \
	-draw "roundrectangle 8,44 72,84 20,20" -draw "roundrectangle 56,44 120,84 20,20"
disc "$BLUE"; icon finding_note "${DISC[@]}" -stroke none -fill white -draw "circle 64,36 64,27" -draw "rectangle 56,52 72,100"
icon passage -fill '#f5d547' -stroke '#b69a18' -strokewidth 6 -draw "rectangle 8,36 120,92" \
	-stroke "$INK" -strokewidth 7 -draw "line 22,64 106,64"
disc "$RED"; icon checker_error "${DISC[@]}" -stroke none -fill white -draw "rectangle 56,26 72,76" -draw "circle 64,96 64,87"

# The product's window images and the about image.
for size in 16 32 48 64 128 256; do
	convert -size 256x256 xc:none -fill "$BLUE" -stroke none -draw "roundrectangle 8,8 248,248 48,48" \
		-fill "$PAPER" -draw "path 'M 60,36 L 156,36 L 196,76 L 196,220 L 60,220 Z'" \
		-stroke "$GREY" -strokewidth 12 -draw "line 84,96 172,96" -draw "line 84,128 172,128" -draw "line 84,160 140,160" \
		-stroke white -strokewidth 8 -fill "$GREEN" -draw "circle 176,180 176,122" \
		-fill none -stroke white -strokewidth 18 -draw "polyline 148,182 168,202 204,160" \
		-filter Lanczos -resize ${size}x${size} "$OUT/product$size.png"
done
