#!/usr/bin/env bash
# make dist: the release files of KAM Planner, from this checkout, into dist/:
#   kamplan-<v>-windows-amd64-setup.exe  installer: for everyone or just me, Start menu, uninstaller,
#                                        silent with /S (packaging/windows/kamplan.nsi)
#   kamplan-<v>-windows-amd64.msi        for GPO and Intune: per machine (packaging/windows/kamplan.wxs)
#   kamplan-<v>-windows-amd64.zip        portable: kamplan.exe, kamplan-cli.exe, README, licences
#   kamplan_<v>_amd64.deb                /usr/bin/kamplan, menu entry, icons, man page, changelog, copyright
#   kamplan-<v>-linux-amd64.tar.xz       the program, .desktop file, icon, README, licences
#   kamplan-<v>-{windows,linux}-amd64.cdx.json  CycloneDX SBOMs of the programs (cyclonedx-gomod)
#   winget/                              winget manifests (1.6) for the setup.exe and the MSI
#   SHA256SUMS (and SHA256SUMS.asc when signed)
# On Windows one program, kamplan.exe, and a small console launcher, kamplan-cli.exe, for scripts.
#
# Signing, when SIGN_PKCS12 (a PKCS#12 code-signing certificate) and SIGN_PASSWORD are set, or
# SIGN_COMMAND (a token's or a cloud service's signing command): every program, the MSI's check,
# the uninstaller (inside the installer), the setup.exe and the MSI, with a timestamp
# (packaging/sign.sh: SIGN_TIMESTAMP_URL); SIGN_GPG_KEY (a key id in the GnuPG keyring, passphrase
# in SIGN_GPG_PASSWORD if any) signs SHA256SUMS. Without them the files are unsigned, and dist says so.
# RELEASE_URL is where the files will be published (the winget manifests' links).
#
#   packaging/dist.sh                build into out/dist-build, then make the release files in dist/
#   packaging/dist.sh --repack DIR   make the release files into DIR from the last build, without
#                                    building (make smoke-dist signs a release this way); the .deb
#                                    and tarball of dist/ are copied when they are of that build
# The version and the app id are those of release/release.go (const Version, which `kamplan
# version` prints, and const AppID); FyneApp.toml must say the same, packaging/linux/changelog must
# start with the version, and every file built here is checked to carry it.
# Needs: go, gcc and the X/GL headers (make deps), gcc-mingw-w64-x86-64, nsis, wixl, osslsigncode,
# help2man, zip, xz-utils, imagemagick (make dist-deps); cyclonedx-gomod for the SBOMs.
set -euo pipefail
cd "$(dirname "$0")/.."

die() { echo "dist: $*" >&2; exit 1; }
step() { echo "dist: $*"; }

version=$(sed -n 's/^const Version = "\([^"]*\)"$/\1/p' release/release.go)
[[ $version =~ ^([0-9]+)\.([0-9]+)\.[0-9]+$ ]] || die "no x.y.z Version in release/release.go (found '$version')"
major=${BASH_REMATCH[1]} minor=${BASH_REMATCH[2]}
appid=$(sed -n 's/^const AppID = "\([^"]*\)"$/\1/p' release/release.go)
[[ $appid =~ ^[a-z0-9]+(\.[a-z0-9]+)+$ ]] || die "no AppID in release/release.go (found '$appid')"
build=out/dist-build
stamp=$(git rev-parse HEAD 2>/dev/null || echo unknown)
epoch=$(git log -1 --format=%ct 2>/dev/null || date +%s)
export SOURCE_DATE_EPOCH=$epoch
GO=${GO:-go}
export CGO_ENABLED=1 GOARCH=amd64
ldflags="-s -w" # release builds are stripped

# checks_before_building: versions agree, tools are there, the licence notices are current.
checks_before_building() {
  local toml changelog
  toml=$(sed -n 's/^ *Version = "\([^"]*\)"$/\1/p' FyneApp.toml)
  [ "$toml" = "$version" ] || die "FyneApp.toml says Version $toml, release/release.go says $version: make them one"
  toml=$(sed -n 's/^ *ID = "\([^"]*\)"$/\1/p' FyneApp.toml)
  [ "$toml" = "$appid" ] || die "FyneApp.toml says ID $toml, release/release.go says $appid: make them one"
  changelog=$(sed -n '1s/^kamplan (\([^)]*\)).*/\1/p' packaging/linux/changelog)
  [ "$changelog" = "$version" ] || die "packaging/linux/changelog starts with $changelog, not $version: add an entry"
  for tool in go gcc x86_64-w64-mingw32-gcc x86_64-w64-mingw32-windres makensis wixl osslsigncode help2man \
              zip xz convert dpkg-deb strings; do
    command -v "$tool" >/dev/null || die "$tool is missing (make dist-deps installs what dist needs)"
  done
  "$GO" run ./packaging/notices -check || die "the licence notices are stale: run go generate ./assets and commit"
}

# windows_resources NAME DESCRIPTION ICON OUT: icon, version information and manifest, compiled.
windows_resources() {
  sed -e "s/@VERSION@/$version/g" -e "s/@VERSION4@/${version//./,},0/g" -e "s/@NAME@/$1/g" \
    -e "s/@DESCRIPTION@/$2/g" -e "s/@ICON@/$3/g" packaging/windows/kamplan.rc.in >"$tmp/$1.rc"
  x86_64-w64-mingw32-windres --input-format=rc --output-format=coff -I "$tmp" -i "$tmp/$1.rc" -o "$4"
}

# check_windows_program EXE NAME SUBSYSTEM: the version resource names it, it needs no MinGW DLL,
# it is stripped, and it is a GUI (2) or console (3) program.
check_windows_program() {
  local exe=$1 res dlls head
  # (Outputs are read whole before grep: with pipefail, grep -q closing a pipe early would fail it.)
  res=$(strings -el "$exe")
  grep -qx "$version" <<<"$res" || die "$2 has no version resource saying $version"
  grep -qx "$2" <<<"$res" || die "$2's version resource does not name it (OriginalFilename)"
  dlls=$(x86_64-w64-mingw32-objdump -p "$exe" | sed -n 's/^\s*DLL Name: //p' | tr 'A-Z' 'a-z' | sort -u | tr '\n' ' ')
  if grep -Eq 'libwinpthread|libgcc|libstdc' <<<"$dlls"; then die "$2 needs MinGW DLLs: $dlls"; fi
  head=$(x86_64-w64-mingw32-objdump -h -p "$exe")
  if grep -q "\.debug_" <<<"$head"; then die "$2 is not stripped"; fi
  grep -Eq "^Subsystem\s+0*$3\s" <<<"$head" || die "$2 is not a $([ "$3" = 2 ] && echo GUI || echo console) program"
}

# check_notices_cover PROGRAM: every module the program links (go version -m) has its licence in
# the notices, under its path and version.
check_notices_cover() {
  local mods missing=""
  mods=$("$GO" version -m "$1" | awk '$1 == "dep" {print $2 " " $3}')
  while read -r m; do
    grep -qxF "$m" assets/THIRD_PARTY_NOTICES.txt || missing="$missing, $m"
  done <<<"$mods"
  [ -z "$missing" ] || die "$1 links modules the notices lack${missing}: run go generate ./assets"
}

build_windows() {
  local syso=rsrc_windows_amd64.syso start=$SECONDS
  step "windows build (the first one compiles SQLite and libc for Windows: about 15 minutes on 2 cores)"
  mkdir -p "$build/win"
  convert assets/icon.png -background none -define icon:auto-resize=256,128,64,48,32,24,16 "$build/win/kamplan.ico"
  # The console launcher's icon shows only in small sizes (its console window, the taskbar).
  convert assets/icon.png -background none -define icon:auto-resize=48,32,16 "$tmp/kamplan-cli.ico"
  cp "$build/win/kamplan.ico" "$tmp/"
  sed -e "s/@APPID@/$appid/g" packaging/windows/kamplan.manifest >"$tmp/kamplan.manifest"
  # The .syso is linked into Windows builds only (go build for Linux ignores *_windows_amd64.syso).
  windows_resources kamplan "KAM Planner" kamplan.ico "$syso"
  trap 'rm -rf "$tmp"; rm -f rsrc_windows_amd64.syso' EXIT
  # kamplan.exe: the program, a GUI program (no console window; attaches to the parent's for verbs).
  env GOOS=windows CC=x86_64-w64-mingw32-gcc CXX=x86_64-w64-mingw32-g++ \
    "$GO" build -trimpath -tags no_emoji -ldflags "$ldflags -H windowsgui" -o "$build/win/kamplan.exe" .
  rm -f "$syso"
  step "windows build took $((SECONDS - start)) s"
  # kamplan-cli.exe: the console launcher; msicheck.dll: the MSI's check for a running program.
  windows_resources kamplan-cli "KAM Planner command line" kamplan-cli.ico "$tmp/launcher-res.o"
  x86_64-w64-mingw32-gcc -O2 -s -Wall -Wextra -Werror -o "$build/win/kamplan-cli.exe" \
    packaging/windows/launcher.c "$tmp/launcher-res.o"
  x86_64-w64-mingw32-gcc -shared -O2 -s -Wall -Wextra -Werror -o "$build/win/msicheck.dll" \
    packaging/windows/msicheck.c -lmsi
  check_windows_program "$build/win/kamplan.exe" kamplan.exe 2
  check_windows_program "$build/win/kamplan-cli.exe" kamplan-cli.exe 3
  check_notices_cover "$build/win/kamplan.exe"
}

build_linux() {
  local start=$SECONDS got sections
  step "linux build (position independent, hardened as Debian's are)"
  mkdir -p "$build/linux"
  # PIE, read-only relocations bound at start, and the C part (GLFW) with _FORTIFY_SOURCE; the
  # linker's .comment note goes (lintian asks for all of this). .ci/e2e.sh compiles with the same
  # flags, so that in CI this build only links.
  env CGO_CFLAGS="-O2 -g -D_FORTIFY_SOURCE=2" \
    "$GO" build -buildmode=pie -tags no_emoji -ldflags "$ldflags -extldflags '-Wl,-z,relro,-z,now'" -o "$build/linux/kamplan" .
  objcopy --remove-section=.comment "$build/linux/kamplan"
  step "linux build took $((SECONDS - start)) s"
  got=$("$build/linux/kamplan" version)
  [ "$got" = "kamplan $version" ] || die "the Linux binary says '$got', not 'kamplan $version'"
  sections=$(readelf -S -h "$build/linux/kamplan")
  if grep -q "\.symtab\|\.debug_" <<<"$sections"; then die "the Linux binary is not stripped"; fi
  grep -q "Type:.*DYN" <<<"$sections" || die "the Linux binary is not position independent"
  check_notices_cover "$build/linux/kamplan"
}

# stage_shared: the files every release file carries besides the programs.
stage_shared() {
  mkdir -p "$build/shared"
  cp README.md "$build/shared/README.md"
  cp LICENSE "$build/shared/LICENSE.txt"
  cp assets/THIRD_PARTY_NOTICES.txt "$build/shared/"
  "$GO" run ./packaging/notices -format debian -o "$build/shared/copyright"
  echo "$version $stamp" >"$build/stamp"
}

# --------------------------------------------------------------------- packing (no building)

signing() { [ -n "${SIGN_PKCS12:-}${SIGN_COMMAND:-}" ]; }
sign() { if signing; then bash packaging/sign.sh "$@"; fi; }

pack_zip() {
  local dir="$tmp/kamplan-$version-windows-amd64"
  step "windows zip"
  mkdir -p "$dir"
  cp "$win/kamplan.exe" "$win/kamplan-cli.exe" "$build/shared/"{README.md,LICENSE.txt,THIRD_PARTY_NOTICES.txt} "$dir/"
  find "$dir" -exec touch -h -d "@$epoch" {} +
  (cd "$tmp" && TZ=UTC zip -q -X -r -9 "$out/kamplan-$version-windows-amd64.zip" "kamplan-$version-windows-amd64")
}

pack_setup() {
  local signer=()
  step "windows installer"
  cp "$build/shared/"{README.md,LICENSE.txt,THIRD_PARTY_NOTICES.txt} "$win/"
  # The wizard's picture (finish page): the icon on its blue, with the name.
  convert -size 164x314 xc:'#1f5fad' \( assets/icon.png -resize 120x120 \) -gravity north -geometry +0+56 \
    -composite -font assets/fonts/DejaVuSans-Bold.ttf -pointsize 17 -fill white -annotate +0+196 'KAM Planner' \
    -type truecolor BMP3:"$win/wizard.bmp"
  signing && signer=(-DSIGNER="$PWD/packaging/sign.sh")
  makensis -V2 -INPUTCHARSET UTF8 -DVERSION="$version" -DVERSION_MAJOR="$major" -DVERSION_MINOR="$minor" \
    -DSRCDIR="$win" "${signer[@]}" -DOUTFILE="$out/kamplan-$version-windows-amd64-setup.exe" packaging/windows/kamplan.nsi
  sign "$out/kamplan-$version-windows-amd64-setup.exe"
}

# product_code: the MSI's ProductCode, a name-based UUID of the version (the same on every build).
product_code() {
  local h
  h=$(printf 'kamplan msi %s' "$version" | sha1sum | cut -c1-32 | tr a-f A-F)
  echo "{${h:0:8}-${h:8:4}-5${h:13:3}-A${h:17:3}-${h:20:12}}"
}

pack_msi() {
  step "windows MSI"
  cp packaging/windows/kamplan.wxs "$win/"
  (cd "$win" && wixl -a x64 -D Version="$version" -D ProductCode="$(product_code)" \
    -o "$out/kamplan-$version-windows-amd64.msi" kamplan.wxs)
  sign "$out/kamplan-$version-windows-amd64.msi"
}

pack_deb() {
  local root="$tmp/deb" size
  step "debian package"
  install -D -m 0755 "$build/linux/kamplan" "$root/usr/bin/kamplan"
  install -D -m 0644 packaging/linux/kamplan.desktop "$root/usr/share/applications/kamplan.desktop"
  for size in 512 256 128 64 48 32 16; do
    install -d "$root/usr/share/icons/hicolor/${size}x$size/apps"
    convert assets/icon.png -resize "${size}x$size" "$root/usr/share/icons/hicolor/${size}x$size/apps/kamplan.png"
  done
  install -d "$root/usr/share/man/man1" "$root/usr/share/doc/kamplan"
  # The man page is the command line's own help (kamplan --help), with packaging/linux/kamplan.h2m;
  # help2man finds the synopsis after "Usage:", which Go-style help writes "usage:".
  mkdir -p "$tmp/h2m"
  printf '#!/bin/sh\n"%s" "$@" | sed "1s/^usage:/Usage:/"\n' "$PWD/$build/linux/kamplan" >"$tmp/h2m/kamplan"
  chmod +x "$tmp/h2m/kamplan"
  help2man --no-info --section 1 --include packaging/linux/kamplan.h2m --output "$tmp/kamplan.1" "$tmp/h2m/kamplan"
  gzip -9n -c "$tmp/kamplan.1" >"$root/usr/share/man/man1/kamplan.1.gz"
  install -m 0644 "$build/shared/copyright" "$root/usr/share/doc/kamplan/copyright"
  gzip -9n -c packaging/linux/changelog >"$root/usr/share/doc/kamplan/changelog.gz"
  gzip -9n -c README.md >"$root/usr/share/doc/kamplan/README.md.gz"
  chmod 0644 "$root/usr/share/man/man1/kamplan.1.gz" "$root/usr/share/doc/kamplan/"*.gz
  size=$(du -sk --apparent-size "$root" | cut -f1)
  install -d "$root/DEBIAN"
  sed -e "s/@VERSION@/$version/" -e "s/@SIZE@/$size/" packaging/linux/control.in >"$root/DEBIAN/control"
  (cd "$root" && find usr -type f | LC_ALL=C sort | xargs md5sum >DEBIAN/md5sums)
  chmod 0644 "$root/DEBIAN/md5sums"
  find "$root" -exec touch -h -d "@$epoch" {} +
  dpkg-deb --root-owner-group -Zxz --build "$root" "$out/kamplan_${version}_amd64.deb" >/dev/null
  [ "$(dpkg-deb -f "$out/kamplan_${version}_amd64.deb" Version)" = "$version" ] || die "the .deb has the wrong version"
}

pack_tarball() {
  local dir="$tmp/kamplan-$version-linux-amd64"
  step "linux tarball"
  mkdir -p "$dir"
  cp "$build/linux/kamplan" packaging/linux/kamplan.desktop "$build/shared/"{README.md,THIRD_PARTY_NOTICES.txt} "$dir/"
  cp assets/icon.png "$dir/kamplan.png"
  cp LICENSE "$dir/LICENSE"
  find "$dir" -exec touch -h -d "@$epoch" {} +
  tar -C "$tmp" --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$epoch" \
    -cf - "kamplan-$version-linux-amd64" | xz -9 -T1 >"$out/kamplan-$version-linux-amd64.tar.xz"
}

# sboms: a CycloneDX SBOM per program, from the module list Go wrote into it (cyclonedx-gomod bin).
sboms() {
  local sbom exe
  sbom=$(command -v cyclonedx-gomod || echo "$("$GO" env GOPATH)/bin/cyclonedx-gomod")
  if [ ! -x "$sbom" ]; then
    step "no SBOMs: cyclonedx-gomod is missing (make dist-deps installs it)"
    return
  fi
  step "SBOMs"
  for exe in "$build/win/kamplan.exe:windows" "$build/linux/kamplan:linux"; do
    "$sbom" bin -json -licenses -noserial -version "v$version" \
      -output "$out/kamplan-$version-${exe##*:}-amd64.cdx.json" "${exe%:*}" 2>"$tmp/sbom.log" ||
      { cat "$tmp/sbom.log" >&2; die "cyclonedx-gomod failed on ${exe%:*}"; }
  done
}

sums() {
  (cd "$out" && sha256sum -- *.exe *.msi *.zip *.deb *.tar.xz $(ls -- *.cdx.json 2>/dev/null) >SHA256SUMS)
  if [ -n "${SIGN_GPG_KEY:-}" ]; then
    step "signing SHA256SUMS with GnuPG key $SIGN_GPG_KEY"
    printf '%s' "${SIGN_GPG_PASSWORD:-}" | gpg --batch --yes --pinentry-mode loopback --passphrase-fd 0 \
      --local-user "$SIGN_GPG_KEY" --armor --detach-sign --output "$out/SHA256SUMS.asc" "$out/SHA256SUMS"
  fi
}

# reuse_linux_packages: a repack copies dist/'s .deb and tarball, when they are of this build.
reuse_linux_packages() {
  local deb="dist/kamplan_${version}_amd64.deb" tarball="dist/kamplan-$version-linux-amd64.tar.xz"
  [ -f "$deb" ] && [ -f "$tarball" ] && [ "$deb" -nt "$build/stamp" ] && [ "$tarball" -nt "$build/stamp" ] &&
    cp "$deb" "$tarball" "$out/"
}

pack() {
  out=$(realpath -m "$1")
  [ -f "$build/stamp" ] || die "nothing built in $build: run make dist"
  read -r built _ <"$build/stamp"
  [ "$built" = "$version" ] || die "$build holds version $built, not $version: run make dist"
  rm -rf "$out"
  mkdir -p "$out"
  win="$tmp/win"
  mkdir -p "$win"
  cp "$build/win/"{kamplan.exe,kamplan-cli.exe,msicheck.dll,kamplan.ico} "$win/"
  if signing; then
    step "signing the Windows programs (${SIGN_COMMAND:-$SIGN_PKCS12})"
    sign "$win/kamplan.exe" "$win/kamplan-cli.exe" "$win/msicheck.dll"
  else
    step "NOT SIGNED: set SIGN_PKCS12 and SIGN_PASSWORD, or SIGN_COMMAND, to sign the Windows files (README, For IT)"
  fi
  pack_zip
  pack_setup
  pack_msi
  if [ "$out" != "$(realpath -m dist)" ] && reuse_linux_packages; then
    step "the Linux packages of dist/ (nothing in them is signed)"
  else
    pack_deb
    pack_tarball
  fi
  sboms
  sums
  bash packaging/winget.sh "$version" "$out" "$(product_code)"
  [ -n "${SIGN_GPG_KEY:-}" ] || step "SHA256SUMS not signed: set SIGN_GPG_KEY to sign it"
  step "done: version $version in $out"
  (cd "$out" && ls -l --time-style=+ -- *)
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ "${1:-}" = "--repack" ]; then
  [ -n "${2:-}" ] || die "--repack needs a folder"
  pack "$2"
  exit
fi
checks_before_building
rm -rf "$build"
mkdir -p "$build"
build_windows
build_linux
stage_shared
pack dist
