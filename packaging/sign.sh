#!/usr/bin/env bash
# packaging/sign.sh FILE…: Authenticode-signs Windows programs (.exe, .dll) and installers (.msi) in
# place, for packaging/dist.sh and, for the uninstaller inside the installer, for makensis.
#  - SIGN_PKCS12 (a PKCS#12 file: the code-signing certificate, its chain and key) and SIGN_PASSWORD:
#    with osslsigncode (SHA-256), timestamped (RFC 3161) by SIGN_TIMESTAMP_URL (default
#    http://timestamp.digicert.com; empty for none), so the signatures outlive the certificate.
#    SIGN_TSA_CERTS and SIGN_TSA_KEY timestamp with osslsigncode's built-in authority instead
#    (make smoke-dist's throw-away one).
#  - SIGN_COMMAND instead: a command that signs the file named after it, in place, for a key that
#    never leaves a hardware token or a cloud signing service (their own tool, or osslsigncode with
#    -pkcs11module); it is run once per file, as `$SIGN_COMMAND FILE`.
set -euo pipefail
if [ -n "${SIGN_COMMAND:-}" ]; then
  for f; do
    # shellcheck disable=SC2086 # the command's own words
    $SIGN_COMMAND "$f" || { echo "sign: SIGN_COMMAND failed on $f" >&2; exit 1; }
  done
  exit 0
fi
: "${SIGN_PKCS12:?set SIGN_PKCS12 (a PKCS#12 file) or SIGN_COMMAND to sign}"
ts=()
tsa_url=${SIGN_TIMESTAMP_URL-http://timestamp.digicert.com}
if [ -n "${SIGN_TSA_CERTS:-}" ]; then
  ts=(-TSA-certs "$SIGN_TSA_CERTS" -TSA-key "$SIGN_TSA_KEY")
elif [ -n "$tsa_url" ]; then
  ts=(-ts "$tsa_url")
else
  echo "sign: no timestamp (SIGN_TIMESTAMP_URL is empty): the signatures end with the certificate" >&2
fi
for f; do
  ok=""
  for attempt in 1 2 3; do # a timestamp server is sometimes briefly unavailable
    rm -f "$f.signed"
    if printf '%s' "${SIGN_PASSWORD:-}" | osslsigncode sign -pkcs12 "$SIGN_PKCS12" -readpass - -h sha256 \
        -n "KAM Planner" -i https://kamplanner.app "${ts[@]}" -in "$f" -out "$f.signed" >/dev/null; then
      ok=1
      break
    fi
    [ ${#ts[@]} -gt 0 ] && sleep $((attempt * 5))
  done
  [ -n "$ok" ] || { echo "sign: could not sign $f" >&2; rm -f "$f.signed"; exit 1; }
  mv "$f.signed" "$f"
done
