#!/usr/bin/env bash
# The whole-process figures of the README's performance table, each the min–median–max of
# RUNS runs (default 5) of the real desktop build: the command line's start (kamplan
# version), the PDF of the sample plan and of the generated large plan (wall time, and the
# maximum resident memory /usr/bin/time -v reports), and under Xvfb the desktop window
# mapped after the start and the app's resident memory 3 s after it, on the sample and on
# a generated portfolio of 1,000 accounts. make bench runs it
# after the Go benchmarks. Needs cgo and the X headers (make deps) and GNU time; the desktop
# rows need Xvfb and xdotool and are left out without them.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=.ci/xvfb.sh
. .ci/xvfb.sh
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'xvfb_stop; rm -rf "$work"' EXIT
export LC_NUMERIC=C

# The program as make build and the packages install it: built as they build it (see TAGS in
# the Makefile) and copied, not the linker's own output file, which this kernel maps in 2 MB
# pieces (about 9 MB more resident memory, until the file leaves the page cache).
bin=$work/kamplan
go build -tags no_emoji -o "$work/kamplan.link" . && cp "$work/kamplan.link" "$bin"
large=$(go run ./.ci/largeplan "$work/large.json")
go run ./.ci/portfolio 1000 "$work/portfolio.db" # for the desktop's home of 1,000 accounts
for f in assets/sample/*.json; do # the portfolio a new database starts with
	"$bin" --db "$work/sample.db" import-json --replace "$f" >/dev/null
done
"$bin" --db "$work/large.db" import-json "$work/large.json" >/dev/null
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" LANG=en_US.UTF-8
prefs="$XDG_CONFIG_HOME/fyne/com.kamplanner.app"
mkdir -p "$prefs" && echo '{"hint.shown":true}' >"$prefs/preferences.json"

# stats reads one number a line and prints min–median–max.
stats() { sort -n | awk '{ v[NR] = $1 } END { printf "%s–%s–%s", v[1], v[int((NR + 1) / 2)], v[NR] }'; }

# since T0 prints the milliseconds since $EPOCHREALTIME was T0, with PRECISION decimals.
since() { awk -v t0="$1" -v t1="$EPOCHREALTIME" -v p="${2:-0}" 'BEGIN { printf "%.*f\n", p, (t1 - t0) * 1000 }'; }

# row NAME WALL RSS prints a line of figures ("" for none).
row() { printf '%-58s %23s %19s\n' "$1" "${2:+$2 ms}" "${3:+$3 MB}"; }

# timed NAME PRECISION CMD… runs CMD $runs times under /usr/bin/time -v: wall time (from
# just before it starts to its end) and maximum resident memory.
timed() {
	local name=$1 precision=$2 t0
	shift 2
	: >"$work/wall"
	: >"$work/rss"
	for _ in $(seq "$runs"); do
		t0=$EPOCHREALTIME
		/usr/bin/time -v -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr"; return 1; }
		since "$t0" "$precision" >>"$work/wall"
		awk -F: '/Maximum resident set size/ { printf "%.0f\n", $2 / 1024 }' "$work/time" >>"$work/rss"
	done
	row "$name" "$(stats <"$work/wall")" "$(stats <"$work/rss")"
}

pages() { command -v pdfinfo >/dev/null && pdfinfo "$1" | awk '/^Pages:/ { printf " (%d pages)", $2 }' || true; }

# desktop starts Xvfb for the desktop rows, then times the app on the sample database and
# on a portfolio of 1,000 accounts.
desktop() {
	if ! command -v Xvfb >/dev/null || ! command -v xdotool >/dev/null; then
		echo "desktop rows left out: Xvfb or xdotool is missing"
		return
	fi
	xvfb_start -screen 0 1280x800x24 -nolisten tcp
	desktop_on "$work/sample.db" ""
	desktop_on "$work/portfolio.db" ", 1,000 accounts"
}

# desktop_on DB WHAT starts the app on a copy of DB $runs times: the time until its window
# is mapped (polled every 5 ms; the home is drawn in it), and its resident memory 3 s after
# the start.
desktop_on() {
	: >"$work/mapped"
	: >"$work/rss3"
	local t0 app
	for _ in $(seq "$runs"); do
		cp "$1" "$work/run.db"
		rm -f "$work/run.db-wal" "$work/run.db-shm"
		t0=$EPOCHREALTIME
		"$bin" --db "$work/run.db" >"$work/app.log" 2>&1 &
		app=$!
		until xdotool search --onlyvisible --name '^KAM Planner$' >/dev/null 2>&1; do
			kill -0 "$app" 2>/dev/null || { cat "$work/app.log"; return 1; }
			sleep 0.005
		done
		since "$t0" >>"$work/mapped"
		sleep "$(awk -v t0="$t0" -v t1="$EPOCHREALTIME" 'BEGIN { s = 3 - (t1 - t0); print (s > 0 ? s : 0) }')"
		awk '/^VmRSS/ { printf "%.0f\n", $2 / 1024 }' "/proc/$app/status" >>"$work/rss3"
		kill "$app"
		wait "$app" 2>/dev/null || true
	done
	row "desktop window mapped after start$2 (Xvfb)" "$(stats <"$work/mapped")" ""
	row "desktop resident memory 3 s after start$2" "" "$(stats <"$work/rss3")"
}

echo "whole process, $runs runs each, min–median–max (load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores)"
printf '%-58s %23s %19s\n' "" "wall time" "resident memory"
timed "kamplan version" 1 "$bin" version
"$bin" --db "$work/sample.db" export-pdf --account "Aceros del Norte, S.A." --out "$work/sample.pdf" 2>/dev/null
timed "export-pdf, sample plan$(pages "$work/sample.pdf")" 0 \
	"$bin" --db "$work/sample.db" export-pdf --account "Aceros del Norte, S.A." --out "$work/sample.pdf"
"$bin" --db "$work/large.db" export-pdf --account "$large" --out "$work/large.pdf" 2>/dev/null
timed "export-pdf, large plan$(pages "$work/large.pdf")" 0 \
	"$bin" --db "$work/large.db" export-pdf --account "$large" --out "$work/large.pdf"
desktop
