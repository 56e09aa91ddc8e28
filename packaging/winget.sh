#!/usr/bin/env bash
# packaging/winget.sh VERSION DIR PRODUCT_CODE: the winget manifests (schema 1.6) of the setup.exe and
# the MSI in DIR, into DIR/winget/ (version, default locale and installer manifests), for a private
# winget source or a pull request to microsoft/winget-pkgs. The links point to RELEASE_URL (default
# https://kamplanner.app/download/VERSION), where the release files are to be published.
# Called by packaging/dist.sh once the installers are final (signed or not): the hashes are theirs.
set -euo pipefail
version=$1 dir=$2 product_code=$3
id=KAMPlanner.KAMPlanner
url=${RELEASE_URL:-https://kamplanner.app/download/$version}
setup=kamplan-$version-windows-amd64-setup.exe
msi=kamplan-$version-windows-amd64.msi
upgrade_code=$(sed -n 's/.*UpgradeCode="\([^"]*\)".*/\1/p' "$(dirname "$0")/windows/kamplan.wxs")
sha() { sha256sum "$dir/$1" | cut -c1-64 | tr a-f A-F; }
released=$(date -u -d "@${SOURCE_DATE_EPOCH:-$(date +%s)}" +%Y-%m-%d)
out="$dir/winget"
mkdir -p "$out"
header() { echo "# yaml-language-server: \$schema=https://aka.ms/winget-manifest.$1.1.6.0.schema.json"; echo; }

{
  header version
  cat <<EOF
PackageIdentifier: $id
PackageVersion: $version
DefaultLocale: en-US
ManifestType: version
ManifestVersion: 1.6.0
EOF
} >"$out/$id.yaml"

{
  header defaultLocale
  cat <<EOF
PackageIdentifier: $id
PackageVersion: $version
PackageLocale: en-US
Publisher: KAM Planner
PublisherUrl: https://kamplanner.app
PublisherSupportUrl: https://kamplanner.app/help
PackageName: KAM Planner
PackageUrl: https://kamplanner.app
License: MIT
ShortDescription: Key account plans, offline, on a laptop.
Description: KAM Planner keeps a whole key account plan (wallet and share of wallet, SWOTs, cross analysis, portfolio position, stakeholders, SMART objectives, action plan, KPIs and sign-off) in one SQLite file on the user's machine and writes it as a client-ready PDF. English and Spanish. No network connections.
Tags:
- key-account-management
- account-planning
- swot
- sales
ManifestType: defaultLocale
ManifestVersion: 1.6.0
EOF
} >"$out/$id.locale.en-US.yaml"

# The setup.exe twice, for each scope; 32 is its exit code while KAM Planner runs (nothing changed).
{
  header installer
  cat <<EOF
PackageIdentifier: $id
PackageVersion: $version
MinimumOSVersion: 10.0.0.0
InstallModes:
- interactive
- silent
UpgradeBehavior: install
ReleaseDate: $released
Installers:
- Architecture: x64
  InstallerType: nullsoft
  Scope: machine
  InstallerUrl: $url/$setup
  InstallerSha256: $(sha "$setup")
  InstallerSwitches:
    Custom: /AllUsers
  ElevationRequirement: elevatesSelf
  ExpectedReturnCodes:
  - InstallerReturnCode: 32
    ReturnResponse: packageInUse
- Architecture: x64
  InstallerType: nullsoft
  Scope: user
  InstallerUrl: $url/$setup
  InstallerSha256: $(sha "$setup")
  InstallerSwitches:
    Custom: /CurrentUser
  ExpectedReturnCodes:
  - InstallerReturnCode: 32
    ReturnResponse: packageInUse
- Architecture: x64
  InstallerType: msi
  Scope: machine
  InstallerUrl: $url/$msi
  InstallerSha256: $(sha "$msi")
  ProductCode: '$product_code'
  AppsAndFeaturesEntries:
  - ProductCode: '$product_code'
    UpgradeCode: '{$upgrade_code}'
ManifestType: installer
ManifestVersion: 1.6.0
EOF
} >"$out/$id.installer.yaml"
