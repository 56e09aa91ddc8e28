#!/usr/bin/env bash
# Screenshots of every page of KAM Planner (real GL build, under Xvfb).
#
# Usage: docs/screenshots.sh OUTDIR
#
# Builds the app, starts it on a fresh sample database and writes
#   OUTDIR/en-1366x768/NN-name.png   (English, 1366x768)
#   OUTDIR/es-1024x700/NN-name.png   (Spanish, 1024x700)
# covering the home screen, a few dialogs and the 19 plan pages (opened on
# "Aceros del Norte, S.A."); long pages get an extra "-scrolled" shot.
# Needs: go, Xvfb, xdotool, ImageMagick. Takes about two minutes.
set -euo pipefail

out=$(realpath -m "${1:?usage: $0 OUTDIR}")
repo=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=.ci/xvfb.sh
. "$repo/.ci/xvfb.sh"
work=$(mktemp -d)
app=""
cleanup() {
	if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; fi
	xvfb_stop
	rm -rf "$work"
}
trap cleanup EXIT

(cd "$repo" && go build -tags no_emoji -o "$work/kamplan" .)

pages=(profile wallet white-space swot stakeholders relationship-map influence-map
	team-coverage relationship-stage strategies portfolio-scoring value-proposition
	objectives actions opportunities kpis sign-off account-reviews history)
long=" profile wallet swot portfolio-scoring actions kpis "

n=0
shot() { n=$((n + 1)) last=$(printf '%s/%02d-%s.png' "$dir" "$n" "$1"); import -window root "$last"; }
same() { [ "$(compare -metric AE "$1" "$2" null: 2>&1 || true)" = 0 ]; } # identical pixels
key() { xdotool key "$@"; sleep 1.2; }

# run LANG WIDTH HEIGHT NAME X Y   (X,Y: the "Open plan" button with an account selected)
run() {
	local w=$2 h=$3
	dir=$out/$4 n=0
	mkdir -p "$dir"
	rm -f "$dir"/*.png
	export LANG=$1 HOME=$work/$4
	export XDG_CONFIG_HOME=$HOME/.config
	mkdir -p "$XDG_CONFIG_HOME/fyne/com.kamplanner.app"
	echo '{"hint.shown":true}' >"$XDG_CONFIG_HOME/fyne/com.kamplanner.app/preferences.json"

	xvfb_start -screen 0 "${w}x${h}x24" -nolisten tcp
	"$work/kamplan" --db "$HOME/plans.db" >"$HOME/app.log" 2>&1 &
	app=$!
	local win
	win=$(timeout 60 xdotool search --sync --name "^KAM Planner$" | head -1)
	xdotool windowmove "$win" 0 0 windowsize "$win" "$w" "$h"
	sleep 1
	xdotool windowsize "$win" "$w" "$h"
	sleep 1.5

	shot home
	key ctrl+n && shot dialog-new-account && key Escape
	xdotool mousemove 100 153 click 1 && sleep 1 # first account
	shot home-selected
	xdotool mousemove "$5" "$6" click 1 && sleep 1.5 # Open plan
	import -window root "$work/editor.png"
	if same "$last" "$work/editor.png"; then
		echo "the plan did not open: check the Open plan button position ($5,$6)" >&2
		exit 1
	fi

	local p
	for p in "${pages[@]}"; do
		[ "$p" = profile ] || key ctrl+Next
		shot "$p"
		if [[ $long == *" $p "* ]]; then
			# Wheel over the page's scroll bar: over an entry the wheel does not scroll the page.
			xdotool mousemove $((w - 8)) $((h / 2)) click --repeat 8 --delay 50 5
			sleep 1
			local top=$last
			shot "$p-scrolled"
			if same "$top" "$last"; then rm "$last" && n=$((n - 1)); fi # the page did not move
		fi
		xdotool mousemove 90 $((h - 120)) click 1 # defocus: empty side navigation
	done
	key ctrl+p && shot dialog-export && key Escape
	key ctrl+1 && key ctrl+comma && shot dialog-settings && key Escape

	kill "$app" 2>/dev/null || true
	wait "$app" 2>/dev/null || true
	app=""
	xvfb_stop
	echo "$dir: $(ls "$dir" | wc -l) screenshots"
}

run en_US.UTF-8 1366 768 en-1366x768 822 463
run es_ES.UTF-8 1024 700 es-1024x700 600 424
