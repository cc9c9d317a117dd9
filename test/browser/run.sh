#!/bin/sh
# The audit page in a real browser: headless Chromium loads the page that
# test_render_page writes (the hongqi 2024 report with a mistyped cell, a
# broken table 四 total, a blank cell and a continuity break), and a script
# added to a copy of it reports what the browser laid out: the marked cells
# present, with the stylesheet's colours applied, and numbers right-aligned.
# A screenshot of the page is taken too (checked to be a PNG);
# "--update-screenshot" copies it to doc/audit-page.png for the README.
# Run from the repository root after the unit tests are built.
set -eu
work=$(mktemp -d /tmp/gd-browser.XXXXXX)
trap 'rm -rf "$work"' EXIT
fail=0
ok() { echo "ok - $1"; }
notok() { echo "not ok - $1"; fail=1; }

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
	echo "not ok - chromium is not installed (make deps installs it)"; exit 1
fi
./test/unit/test_render_page --write "$work/page.html" > "$work/unit.out" ||
	{ cat "$work/unit.out"; echo "not ok - test_render_page"; exit 1; }

# what the browser computed, written into the DOM for --dump-dom
sed 's#</body>#<script>\
var s = function (sel) { var e = document.querySelector(sel); return e ? getComputedStyle(e) : null; };\
var q = function (sel) { return document.querySelectorAll(sel).length; };\
var sus = document.querySelector("td.suspect");\
document.body.setAttribute("data-audit", [\
  "suspect=" + q("td.suspect"), "broken=" + q("td.broken"), "warn=" + q("td.warn"), "blank=" + q("td.blank"),\
  "suspect-text=" + (sus ? sus.textContent : ""),\
  "suspect-bg=" + (s("td.suspect") ? s("td.suspect").backgroundColor : ""),\
  "broken-bg=" + (s("td.broken") ? s("td.broken").backgroundColor : ""),\
  "warn-bg=" + (s("td.warn") ? s("td.warn").backgroundColor : ""),\
  "number-align=" + (s("td.n") ? s("td.n").textAlign : ""),\
  "border=" + (s("td.n") ? s("td.n").borderTopStyle : ""),\
  "tables=" + q("table"), "findings=" + q("ol.findings li")].join(" "));\
</script></body>#' "$work/page.html" > "$work/probe.html"

run_browser() {
	HOME="$work" timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
		--no-first-run --disable-dev-shm-usage "$@" 2>>"$work/chromium.err"
}
run_browser --dump-dom "file://$work/probe.html" > "$work/dom.html" || true
audit=$(sed -n 's/.*data-audit="\([^"]*\)".*/\1/p' "$work/dom.html" | head -n 1)
echo "# $audit"
[ -n "$audit" ] && ok "the page loads in Chromium and its script ran" || { notok "the page loads in Chromium"; tail -5 "$work/chromium.err"; }

expect() {	# expect "what" "key=value"
	case " $audit " in
		*" $2 "*) ok "$1 ($2)" ;;
		*) notok "$1: expected $2" ;;
	esac
}
expect "one likely mistyped cell" "suspect=1"
expect "it is the 9 typed for 6" "suspect-text=9"
expect "the likely mistyped cell is red" "suspect-bg=rgb(255, 107, 107)"
expect "cells of broken identities are orange" "broken-bg=rgb(255, 216, 168)"
expect "the continuity break is yellow" "warn-bg=rgb(255, 243, 176)"
expect "one cell shown as not stated" "blank=1"
expect "numbers are right-aligned" "number-align=right"
expect "the form's grid is drawn" "border=solid"
expect "three tables (二, 三, 四)" "tables=3"
case " $audit " in
	*" broken=0 "*|*" warn=0 "*) notok "broken and warning cells are marked" ;;
	*) ok "broken and warning cells are marked" ;;
esac

run_browser --window-size=1100,1700 --screenshot="$work/page.png" "file://$work/page.html" > /dev/null || true
if [ -s "$work/page.png" ] && [ "$(head -c 8 "$work/page.png" | od -An -c | tr -d ' ')" = "211PNG\r\n032\n" ]; then
	ok "a screenshot of the page ($(wc -c < "$work/page.png") bytes of PNG)"
	if [ "${1:-}" = "--update-screenshot" ]; then
		cp "$work/page.png" doc/audit-page.png
		echo "# doc/audit-page.png updated"
	fi
else
	notok "a screenshot of the page"
fi
exit $fail
