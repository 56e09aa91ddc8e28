#!/usr/bin/env bash
# End-to-end: build the real app, start it under Xvfb on a fresh database, create an account
# and type a SWOT strength with the keyboard and mouse as a user would, quit, and check with
# the command line that both were saved. The screenshot taken on the way is docs/screenshot.png
# when run outside CI.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT

go build -o "$work/kamplan" .
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" LANG=en_US.UTF-8
mkdir -p "$XDG_CONFIG_HOME/fyne/com.kamplanner.app"
echo '{"hint.shown":true}' > "$XDG_CONFIG_HOME/fyne/com.kamplanner.app/preferences.json"
db="$work/e2e.db"

export DISPLAY=":$((120 + RANDOM % 100))"
Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
"$work/kamplan" --db "$db" >"$work/app.log" 2>&1 &
app=$!
win=$(timeout 60 xdotool search --sync --name "^KAM Planner$" | head -1)
xdotool windowactivate --sync "$win" 2>/dev/null || true
xdotool windowmove "$win" 0 0 windowsize "$win" 1280 800
sleep 3

step() { echo "e2e: $*"; }
step "new account"
xdotool key ctrl+n; sleep 1.5
xdotool type --delay 40 "Industrias E2E"; sleep 0.5
xdotool key Return; sleep 2.5
step "client SWOT: add a strength"
xdotool mousemove 76 207 click 1; sleep 1.5     # Knowledge → SWOT
xdotool mousemove 434 251 click 1; sleep 1.5    # Strengths → Add (focuses the new item)
xdotool type --delay 40 "Long-term contract until 2029"; sleep 1.5
import -window root "$work/screenshot.png"
step "quit"
xdotool key ctrl+q; sleep 2
if kill -0 "$app" 2>/dev/null; then
  echo "e2e: the app did not quit" >&2; cat "$work/app.log" >&2; exit 1
fi

out=$("$work/kamplan" --db "$db" export-json --account "Industrias E2E" --out -) || {
  echo "e2e: the account was not saved" >&2; cat "$work/app.log" >&2; exit 1; }
if ! grep -q '"text": "Long-term contract until 2029"' <<<"$out"; then
  echo "e2e: the SWOT strength was not saved" >&2; echo "$out" | head -60 >&2; exit 1
fi
if [ "${CI:-}" != true ]; then
  cp "$work/screenshot.png" docs/screenshot.png
fi
echo "e2e: 1 passed, 0 failed"
