#!/usr/bin/env bash
# make smoke-dist: install and run what `make dist` built, on this machine.
#  Windows: the setup.exe, silently, under Wine in a fresh prefix; its files, Start-menu shortcut and
#           uninstall entry; kamplan.exe and kamplan-cli.exe `version`, `list` on a new database,
#           `export-pdf` of the sample; the console of kamplan.exe; the window under Xvfb; then a
#           silent uninstall that must remove everything but the user's database.
#  Debian:  the .deb with dpkg -i; the same verbs; the window; dpkg -r.
# Screenshots of both windows go to out/smoke-dist/. Ends with "N passed, N failed".
# Needs: wine, wine64, gcc-mingw-w64-x86-64, xvfb, xdotool, imagemagick, unzip (make smoke-deps); root for dpkg.
# Debian 12's Wine 8.0 lacks bcryptprimitives.dll, which Go >= 1.22 programs load at start: a test-only
# stand-in (packaging/smoke/bcryptprimitives.c) is built and copied into the throw-away prefix. It is
# never shipped.
set -uo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

version=$(sed -n 's/^const Version = "\([^"]*\)"$/\1/p' release/release.go)
setup="dist/kamplan-$version-windows-amd64-setup.exe"
deb="dist/kamplan_${version}_amd64.deb"
for f in "$setup" "$deb" "dist/kamplan-$version-windows-amd64.zip" "dist/kamplan-$version-linux-amd64.tar.xz" dist/SHA256SUMS; do
  [ -f "$f" ] || { echo "smoke-dist: $f is missing: run make dist first" >&2; echo "0 passed, 1 failed"; exit 1; }
done
for tool in wine wineserver x86_64-w64-mingw32-gcc Xvfb xdotool import dpkg unzip; do
  command -v "$tool" >/dev/null || { echo "smoke-dist: $tool is missing (make smoke-deps installs it)" >&2; echo "0 passed, 1 failed"; exit 1; }
done

work=$(mktemp -d /tmp/kamplan-smoke.XXXXXX)
shots=out/smoke-dist
mkdir -p "$shots"
log="$work/log"
passed=0 failed=0
pass() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; [ -s "$log" ] && sed 's/^/     | /' "$log" | tail -n 15; }
# check "what" command...: the command must succeed (its output is kept in $log).
check() { local what=$1; shift; if "$@" >"$log" 2>&1; then pass "$what"; else fail "$what"; fi }
# expect "what" pattern command...: the command must succeed and print a line matching pattern.
expect() {
  local what=$1 pattern=$2; shift 2
  if "$@" >"$log" 2>&1 && grep -Eq -- "$pattern" "$log"; then pass "$what"; else fail "$what (wanted /$pattern/)"; fi
}
# poll SECONDS command...: true as soon as the command is.
poll() { local end=$((SECONDS + $1)); shift; until "$@"; do [ $SECONDS -ge $end ] && return 1; sleep 1; done; }

xvfb="" app=""
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null
  [ -n "${WINEPREFIX:-}" ] && wineserver -k 2>/dev/null
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" LANG=en_US.UTF-8
mkdir -p "$HOME"
export DISPLAY=":$((320 + RANDOM % 200))"
Xvfb "$DISPLAY" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!

# window NAME PNG PID: the app's window appears (titled NAME), is photographed, then quit with Ctrl+Q.
window() {
  local name=$1 png=$2 pid=$3 win
  if win=$(timeout 120 xdotool search --sync --name "^$name\$" 2>/dev/null | head -1) && [ -n "$win" ]; then
    pass "the window \"$name\" opens"
  else
    fail "the window \"$name\" opens"; return
  fi
  sleep 8 # let it draw
  eval "$(xdotool getwindowgeometry --shell "$win")"
  xdotool mousemove $((X + WIDTH / 2)) $((Y + HEIGHT / 2))
  import -window root "$png"
  # Something is drawn: the screenshot is not one flat colour.
  local colours
  colours=$(convert "$png" -format '%k' info: 2>/dev/null || echo 0)
  if [ "${colours:-0}" -gt 50 ]; then pass "the window draws ($colours colours, $png)"; else fail "the window draws ($colours colours, $png)"; fi
  xdotool key ctrl+q
  if poll 30 eval '! kill -0 '"$pid"' 2>/dev/null'; then pass "the app quits on Ctrl+Q"; else fail "the app quits on Ctrl+Q"; kill "$pid" 2>/dev/null; fi
}

echo "== Release files"
check "SHA256SUMS matches the files" bash -c "cd dist && sha256sum --quiet -c SHA256SUMS"
mkdir -p "$work/zip" "$work/tar"
check "the zip unpacks" unzip -q "dist/kamplan-$version-windows-amd64.zip" -d "$work/zip"
portable="$work/zip/kamplan-$version-windows-amd64"
for f in kamplan.exe kamplan-cli.exe README.md LICENSE.txt LICENSE-DejaVu.txt; do
  check "in the zip: $f" test -s "$portable/$f"
done
check "the tarball unpacks" tar -C "$work/tar" -xJf "dist/kamplan-$version-linux-amd64.tar.xz"
tarred="$work/tar/kamplan-$version-linux-amd64"
for f in kamplan kamplan.desktop kamplan.png README.md LICENSE LICENSE-DejaVu.txt; do
  check "in the tarball: $f" test -s "$tarred/$f"
done
expect "the tarball's kamplan version" "^kamplan $version\$" "$tarred/kamplan" version

sample="$repo/assets/sample/01-aceros-del-norte.json"
account=$(sed -n 's/^ *"name": "\(.*\)",$/\1/p' "$sample" | head -1)

# ---------------------------------------------------------------- Windows, under Wine
echo "== Windows installer under Wine"
export WINEPREFIX="$work/wine" WINEARCH=win64 WINEDEBUG=-all
# No Mono/Gecko prompts; no menu entries written into this machine's desktop by winemenubuilder.
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
check "a fresh Wine prefix" wine wineboot -i
wineserver -w
check "the test-only bcryptprimitives.dll stand-in builds" \
  x86_64-w64-mingw32-gcc -O2 -shared -s -o "$work/bcryptprimitives.dll" packaging/smoke/bcryptprimitives.c -ladvapi32
cp "$work/bcryptprimitives.dll" "$WINEPREFIX/drive_c/windows/system32/"

check "setup.exe /S installs" wine "$setup" /S
wineserver -w
dir="$WINEPREFIX/drive_c/Program Files/KAM Planner"
lnk="$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/KAM Planner.lnk"
for f in kamplan.exe kamplan-cli.exe uninstall.exe README.md LICENSE.txt LICENSE-DejaVu.txt; do
  check "installed: Program Files\\KAM Planner\\$f" test -s "$dir/$f"
done
check "Start-menu shortcut (all users)" test -s "$lnk"
check "the shortcut starts kamplan.exe" grep -aq 'kamplan.exe' "$lnk"
expect "the portable kamplan.exe (zip) version" "^kamplan $version\r?\$" wine "$portable/kamplan.exe" version
key='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\KAMPlanner'
expect "Add/Remove Programs: DisplayName" 'DisplayName +REG_SZ +KAM Planner' wine reg query "$key" /v DisplayName
expect "Add/Remove Programs: DisplayVersion $version" "DisplayVersion +REG_SZ +$version" wine reg query "$key" /v DisplayVersion
expect "Add/Remove Programs: UninstallString" 'UninstallString +REG_SZ +"C:\\Program Files\\KAM Planner\\uninstall.exe"' wine reg query "$key" /v UninstallString
expect "Add/Remove Programs: QuietUninstallString" 'QuietUninstallString +REG_SZ .*uninstall.exe" /S' wine reg query "$key" /v QuietUninstallString

exe='C:\Program Files\KAM Planner\kamplan.exe'
cli='C:\Program Files\KAM Planner\kamplan-cli.exe'
wsample=$(winepath -w "$sample")
db='C:\users\Public\smoke.db'
expect "kamplan.exe version" "^kamplan $version\r?\$" wine "$exe" version
expect "kamplan-cli.exe version" "^kamplan $version\r?\$" wine "$cli" version
if wine "$cli" --db "$db" list >"$log" 2>&1 || ! grep -q "no database at" "$log"; then
  fail "list refuses a database that does not exist"
else pass "list refuses a database that does not exist"; fi
expect "import-json of the sample creates the database" '.' wine "$exe" --db "$db" import-json "$wsample"
expect "kamplan.exe list on the new database" "^$account	" wine "$exe" --db "$db" list
expect "kamplan-cli.exe list on the new database" "^$account	" wine "$cli" --db "$db" list
check "export-pdf of the sample" wine "$exe" --db "$db" export-pdf --account "$account" --out 'C:\users\Public\plan.pdf'
pdf="$WINEPREFIX/drive_c/users/Public/plan.pdf"
check "the PDF is a PDF" bash -c "head -c 5 '$pdf' | grep -q '^%PDF-' && [ \$(stat -c %s '$pdf') -gt 20000 ]"
# Exit status and error output reach the caller (through the console twin).
wine "$cli" --db "$db" export-pdf --account "No such account" --out 'C:\users\Public\x.pdf' >"$log" 2>&1
status=$?
if [ $status = 1 ] && grep -q '^kamplan: ' "$log"; then pass "kamplan-cli.exe: an error is one line and exit status 1"; else fail "kamplan-cli.exe: an error is one line and exit status 1 (got $status)"; fi
# kamplan.exe, a GUI program, started from a console the way cmd starts it on Windows (no console of
# its own, no inherited handles: packaging/smoke/detached.c) attaches to that console and prints there.
# script(1) gives Wine a terminal, so the harness has a console; the terminal shows what reached it.
check "the test-only detached-start harness builds" \
  x86_64-w64-mingw32-gcc -O2 -s -o "$work/detached.exe" packaging/smoke/detached.c
script -qec "wine \"$work/detached.exe\" \"$exe\" version" /dev/null </dev/null >"$log" 2>&1
if grep -q "kamplan $version" "$log"; then pass "kamplan.exe started without a console attaches to its parent's and prints"; else fail "kamplan.exe started without a console attaches to its parent's and prints"; fi

echo "== Windows app under Wine"
wine "$exe" --db 'C:\users\Public\gui.db' >"$work/wine-app.log" 2>&1 &
app=$!
window "KAM Planner" "$shots/windows.png" "$app"
app=""
wineserver -w
expect "the app created its database with the sample plans" "^$account	" wine "$cli" --db 'C:\users\Public\gui.db' list

echo "== Windows uninstall"
check "uninstall.exe /S starts" wine "$dir/uninstall.exe" /S
# The NSIS uninstaller copies itself away and returns at once: poll.
gone() { [ ! -e "$dir" ] && [ ! -e "$lnk" ]; }
check "uninstall removes Program Files\\KAM Planner and the shortcut" poll 120 gone
wineserver -w
if wine reg query "$key" >/dev/null 2>&1; then fail "uninstall removes the Add/Remove Programs entry"; else pass "uninstall removes the Add/Remove Programs entry"; fi
check "uninstall leaves the user's database" test -s "$WINEPREFIX/drive_c/users/Public/gui.db"
wineserver -k 2>/dev/null
unset WINEPREFIX

# ---------------------------------------------------------------- Debian package
echo "== Debian package"
dpkgi() { local i; for i in 1 2 3 4 5 6; do dpkg "$@" && return 0; sleep 10; done; return 1; } # another dpkg may hold the lock
check "dpkg -i $deb" dpkgi -i "$deb"
expect "dpkg knows kamplan $version" "^$version\$" dpkg-query -W -f='${Version}\n' kamplan
check "installed: /usr/bin/kamplan" test -x /usr/bin/kamplan
check "installed: the .desktop entry, in Office" grep -q '^Categories=Office;' /usr/share/applications/kamplan.desktop
check "installed: the icon" test -s /usr/share/icons/hicolor/256x256/apps/kamplan.png
if command -v desktop-file-validate >/dev/null; then
  check "the .desktop entry is valid" desktop-file-validate /usr/share/applications/kamplan.desktop
fi
db="$work/linux.db"
expect "kamplan version" "^kamplan $version\$" /usr/bin/kamplan version
expect "import-json of the sample creates the database" '.' /usr/bin/kamplan --db "$db" import-json "$sample"
expect "kamplan list on the new database" "^$account	" /usr/bin/kamplan --db "$db" list
check "export-pdf of the sample" /usr/bin/kamplan --db "$db" export-pdf --account "$account" --out "$work/plan.pdf"
check "the PDF is a PDF" bash -c "head -c 5 '$work/plan.pdf' | grep -q '^%PDF-'"
/usr/bin/kamplan --db "$work/gui.db" >"$work/linux-app.log" 2>&1 &
app=$!
window "KAM Planner" "$shots/linux.png" "$app"
app=""
expect "the app created its database with the sample plans" "^$account	" /usr/bin/kamplan --db "$work/gui.db" list
check "dpkg -r kamplan" dpkgi -r kamplan
check "dpkg -r removes /usr/bin/kamplan and the .desktop entry" \
  bash -c '! [ -e /usr/bin/kamplan ] && ! [ -e /usr/share/applications/kamplan.desktop ]'

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
