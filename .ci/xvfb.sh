# shellcheck shell=bash
# Xvfb for the scripts that run the real app (.ci/e2e.sh, .ci/bench-process.sh,
# docs/screenshots.sh, packaging/smoke-dist.sh); sourced, needs Xvfb and xdotool.
#
#   xvfb_start ARGS…   starts Xvfb ARGS… on a display number the server picks free itself
#                      (-displayfd), exports DISPLAY and returns once the display answers;
#                      on failure, one line on stderr and status 1.
#   xvfb_stop          stops it and waits for it to end; call it from the script's EXIT trap
#                      (harmless when nothing runs).
#
# A number picked by the script (at random, or the first without a lock file) could be taken
# by another run between the pick and the server's start, and the app then failed to open
# the display; with -displayfd the server claims the number as it binds its socket.

xvfb_pid="" xvfb_dir=""

xvfb_start() {
	local me=${0##*/} display="" status=0 tool
	for tool in Xvfb xdotool; do
		command -v "$tool" >/dev/null || { echo "$me: $tool is missing (apt-get install ${tool,,})" >&2; return 1; }
	done
	xvfb_stop
	xvfb_dir=$(mktemp -d)
	mkfifo "$xvfb_dir/displayfd"
	Xvfb -displayfd 3 "$@" 3>"$xvfb_dir/displayfd" >"$xvfb_dir/log" 2>&1 &
	xvfb_pid=$!
	# Xvfb writes the number once it accepts connections; end of file if it ends first.
	read -r -t 30 display <"$xvfb_dir/displayfd" || status=$?
	if [[ ! $display =~ ^[0-9]+$ ]]; then
		if [ "$status" -gt 128 ]; then
			echo "$me: Xvfb did not start: no display number after 30 s" >&2
		else
			status=0
			wait "$xvfb_pid" || status=$?
			echo "$me: Xvfb did not start (exit status $status): $(xvfb_error)" >&2
		fi
		xvfb_stop
		return 1
	fi
	export DISPLAY=":$display"
	local end=$((SECONDS + 10))
	until xdotool getdisplaygeometry >/dev/null 2>&1; do
		if [ "$SECONDS" -ge "$end" ]; then
			echo "$me: Xvfb on $DISPLAY does not answer after 10 s" >&2
			xvfb_stop
			return 1
		fi
		sleep 0.1
	done
}

# xvfb_error prints the error Xvfb ended on: the line after "Fatal server error", or its last line.
xvfb_error() {
	awk '/Fatal server error/ { fatal = 1; next }
		fatal && sub(/^\(EE\) */, "") && NF { print; exit }
		NF { last = $0 } END { if (!fatal) print last }' "$xvfb_dir/log"
}

xvfb_stop() {
	if [ -n "$xvfb_pid" ]; then
		{ kill "$xvfb_pid" && wait "$xvfb_pid"; } 2>/dev/null || true
		xvfb_pid=""
	fi
	if [ -n "$xvfb_dir" ]; then
		rm -rf "$xvfb_dir"
		xvfb_dir=""
	fi
	return 0
}
