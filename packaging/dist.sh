#!/usr/bin/env bash
# make dist: the release files of KAM Planner, from this checkout, into dist/:
#   kamplan-<v>-windows-amd64-setup.exe  NSIS installer (all users, Start menu, uninstaller, /S)
#   kamplan-<v>-windows-amd64.zip        portable kamplan.exe, kamplan-cli.exe, README, licences
#   kamplan_<v>_amd64.deb                /usr/bin/kamplan, .desktop entry, icon
#   kamplan-<v>-linux-amd64.tar.xz       binary, .desktop file, icon, README, licences
#   SHA256SUMS
# The version and the app id are those of release/release.go (const Version, which `kamplan
# version` prints, and const AppID); FyneApp.toml must say the same, and every file built here is
# checked to carry the version.
# Needs: go, gcc and the X/GL headers (make deps), gcc-mingw-w64-x86-64 (binutils included),
# nsis, zip, xz-utils, imagemagick.
set -euo pipefail
cd "$(dirname "$0")/.."

die() { echo "dist: $*" >&2; exit 1; }
step() { echo "dist: $*"; }

version=$(sed -n 's/^const Version = "\([^"]*\)"$/\1/p' release/release.go)
[[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || die "no x.y.z Version in release/release.go (found '$version')"
appid=$(sed -n 's/^const AppID = "\([^"]*\)"$/\1/p' release/release.go)
[[ $appid =~ ^[a-z0-9]+(\.[a-z0-9]+)+$ ]] || die "no AppID in release/release.go (found '$appid')"
toml=$(sed -n 's/^ *Version = "\([^"]*\)"$/\1/p' FyneApp.toml)
[ "$toml" = "$version" ] || die "FyneApp.toml says Version $toml, release/release.go says $version: make them one"
toml=$(sed -n 's/^ *ID = "\([^"]*\)"$/\1/p' FyneApp.toml)
[ "$toml" = "$appid" ] || die "FyneApp.toml says ID $toml, release/release.go says $appid: make them one"
for tool in go gcc x86_64-w64-mingw32-gcc x86_64-w64-mingw32-windres makensis zip xz convert dpkg-deb strings; do
  command -v "$tool" >/dev/null || die "$tool is missing (make dist-deps installs what dist needs)"
done

# Stable flags, so the Go build cache is reused from one build to the next. The Linux build has the
# flags of `make build` and `make e2e` (no -trimpath), so after those it only links; the Windows
# build has a cache of its own and leaves out the build paths (-trimpath).
GO=${GO:-go}
ldflags="-s -w" # release builds are stripped
export CGO_ENABLED=1 GOARCH=amd64

tmp=$(mktemp -d)
syso=rsrc_windows_amd64.syso
trap 'rm -rf "$tmp"; rm -f "$syso"' EXIT
rm -rf dist
mkdir -p dist

# Windows resources: icon, version information and manifest, linked in as a .syso (Windows only:
# go build for Linux ignores *_windows_amd64.syso).
step "windows resources"
convert assets/icon.png -background none -define icon:auto-resize=256,128,64,48,32,24,16 "$tmp/kamplan.ico"
sed -e "s/@APPID@/$appid/g" packaging/windows/kamplan.manifest >"$tmp/kamplan.manifest"
sed -e "s/@VERSION@/$version/g" -e "s/@VERSION4@/${version//./,},0/g" packaging/windows/kamplan.rc.in >"$tmp/kamplan.rc"
x86_64-w64-mingw32-windres --input-format=rc --output-format=coff -I "$tmp" -i "$tmp/kamplan.rc" -o "$syso"

win="$tmp/win"
mkdir -p "$win"
step "windows build (the first one compiles SQLite and libc for Windows: about 15 minutes on 2 cores)"
for_windows() { env GOOS=windows CC=x86_64-w64-mingw32-gcc CXX=x86_64-w64-mingw32-g++ "$@"; }
start=$SECONDS
# kamplan.exe: the GUI program (no console window; attaches to the parent console for verbs).
for_windows "$GO" build -trimpath -ldflags "$ldflags -H windowsgui" -o "$win/kamplan.exe" .
# kamplan-cli.exe: the same program as a console program, for scripts (waits, exit status, pipes).
for_windows "$GO" build -trimpath -ldflags "$ldflags" -o "$win/kamplan-cli.exe" .
step "windows build took $((SECONDS - start)) s"
rm -f "$syso"

# (Outputs are read whole before grep: with pipefail, grep -q closing a pipe early would fail it.)
for exe in kamplan.exe kamplan-cli.exe; do
  # The version resource is there and says $version (UTF-16 strings).
  res=$(strings -el "$win/$exe")
  grep -qx "$version" <<<"$res" || die "$exe has no version resource saying $version"
  grep -qx "KAM Planner" <<<"$res" || die "$exe has no product name resource"
  # Only system DLLs: no MinGW runtime DLL to ship beside it.
  dlls=$(x86_64-w64-mingw32-objdump -p "$win/$exe" | sed -n 's/^\s*DLL Name: //p' | tr 'A-Z' 'a-z' | sort -u | tr '\n' ' ')
  if grep -Eq 'libwinpthread|libgcc|libstdc' <<<"$dlls"; then die "$exe needs MinGW DLLs: $dlls"; fi
  # Release builds are stripped: no symbol table, no DWARF.
  sections=$(x86_64-w64-mingw32-objdump -h "$win/$exe")
  if grep -q "\.debug_" <<<"$sections"; then die "$exe is not stripped"; fi
done
head=$(x86_64-w64-mingw32-objdump -p "$win/kamplan.exe")
grep -Eq "^Subsystem\s+0*2\s" <<<"$head" || die "kamplan.exe is not a GUI program"
head=$(x86_64-w64-mingw32-objdump -p "$win/kamplan-cli.exe")
grep -Eq "^Subsystem\s+0*3\s" <<<"$head" || die "kamplan-cli.exe is not a console program"

step "linux build"
lin="$tmp/linux"
mkdir -p "$lin"
start=$SECONDS
"$GO" build -ldflags "$ldflags" -o "$lin/kamplan" .
step "linux build took $((SECONDS - start)) s"
got=$("$lin/kamplan" version)
[ "$got" = "kamplan $version" ] || die "the Linux binary says '$got', not 'kamplan $version'"
sections=$(readelf -S "$lin/kamplan")
if grep -q "\.symtab\|\.debug_" <<<"$sections"; then die "the Linux binary is not stripped"; fi

# Shared files.
cp README.md "$tmp/README.md"
cp LICENSE "$tmp/LICENSE.txt"
cp assets/fonts/LICENSE-DejaVu.txt "$tmp/LICENSE-DejaVu.txt"
epoch=$(git log -1 --format=%ct 2>/dev/null || date +%s)

step "windows zip"
zipdir="$tmp/kamplan-$version-windows-amd64"
mkdir -p "$zipdir"
cp "$win/kamplan.exe" "$win/kamplan-cli.exe" "$tmp/README.md" "$tmp/LICENSE.txt" "$tmp/LICENSE-DejaVu.txt" "$zipdir/"
find "$zipdir" -exec touch -h -d "@$epoch" {} +
(cd "$tmp" && TZ=UTC zip -q -X -r -9 "$OLDPWD/dist/kamplan-$version-windows-amd64.zip" "kamplan-$version-windows-amd64")

step "windows installer"
cp "$tmp/kamplan.ico" "$tmp/README.md" "$tmp/LICENSE.txt" "$tmp/LICENSE-DejaVu.txt" "$win/"
makensis -V2 -INPUTCHARSET UTF8 -DVERSION="$version" -DSRCDIR="$win" \
  -DOUTFILE="$PWD/dist/kamplan-$version-windows-amd64-setup.exe" packaging/windows/kamplan.nsi

step "debian package"
root="$tmp/deb"
install -D -m 0755 "$lin/kamplan" "$root/usr/bin/kamplan"
install -D -m 0644 packaging/linux/kamplan.desktop "$root/usr/share/applications/kamplan.desktop"
for size in 512 256 128 64 48 32 16; do
  install -d "$root/usr/share/icons/hicolor/${size}x$size/apps"
  convert assets/icon.png -resize "${size}x$size" "$root/usr/share/icons/hicolor/${size}x$size/apps/kamplan.png"
done
install -D -m 0644 LICENSE "$root/usr/share/doc/kamplan/copyright"
gzip -9n -c README.md >"$root/usr/share/doc/kamplan/README.md.gz"
chmod 0644 "$root/usr/share/doc/kamplan/README.md.gz"
size=$(du -sk --apparent-size "$root" | cut -f1)
install -d "$root/DEBIAN"
sed -e "s/@VERSION@/$version/" -e "s/@SIZE@/$size/" packaging/linux/control.in >"$root/DEBIAN/control"
find "$root" -exec touch -h -d "@$epoch" {} +
SOURCE_DATE_EPOCH=$epoch dpkg-deb --root-owner-group -Zxz --build "$root" "dist/kamplan_${version}_amd64.deb" >/dev/null
[ "$(dpkg-deb -f "dist/kamplan_${version}_amd64.deb" Version)" = "$version" ] || die "the .deb has the wrong version"

step "linux tarball"
tardir="$tmp/kamplan-$version-linux-amd64"
mkdir -p "$tardir"
cp "$lin/kamplan" packaging/linux/kamplan.desktop "$tmp/README.md" "$tardir/"
cp assets/icon.png "$tardir/kamplan.png"
cp LICENSE "$tardir/LICENSE"
cp assets/fonts/LICENSE-DejaVu.txt "$tardir/"
find "$tardir" -exec touch -h -d "@$epoch" {} +
tar -C "$tmp" --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$epoch" \
  -cf - "kamplan-$version-linux-amd64" | xz -9 -T1 >"dist/kamplan-$version-linux-amd64.tar.xz"

(cd dist && sha256sum -- *.exe *.zip *.deb *.tar.xz >SHA256SUMS)
step "done: version $version"
(cd dist && ls -l --time-style=+ -- *)
