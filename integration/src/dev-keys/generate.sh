#!/usr/bin/env bash
# Development key stores for WS-Security, made by the build into target/dev-keystores and never
# committed: our key pair (socialais.p12, signs our requests to registers), a stand-in for the
# state portal's key pair (state-portal.p12, signs e-applications in tests and demos), a stand-in
# for a register that may only ask household statuses (vsaa-consumer.p12), and one trust store
# with all three certificates (dev-trust.p12): what the portal and the register simulator accept
# signatures from. Which operations each may call is the consumers table (soap-consumers.txt
# next to this script). Production brings its own, issued on onboarding.
set -euo pipefail
out="$1"
password="${2:-development}"
keytool="${JAVA_HOME:+$JAVA_HOME/bin/}keytool"
mkdir -p "$out"
[ -f "$out/dev-trust.p12" ] && [ -f "$out/vsaa-consumer.p12" ] && exit 0
rm -f "$out"/*.p12 "$out"/*.cer

for name in socialais state-portal vsaa-consumer; do
    "$keytool" -genkeypair -alias "$name" -keyalg RSA -keysize 2048 -validity 3650 \
        -dname "CN=$name, OU=development, O=Socialais portals, C=LV" -storetype PKCS12 \
        -keystore "$out/$name.p12" -storepass "$password" -keypass "$password" >/dev/null 2>&1
    "$keytool" -exportcert -alias "$name" -keystore "$out/$name.p12" -storepass "$password" \
        -file "$out/$name.cer" >/dev/null 2>&1
    "$keytool" -importcert -noprompt -alias "$name" -file "$out/$name.cer" -storetype PKCS12 \
        -keystore "$out/dev-trust.p12" -storepass "$password" >/dev/null 2>&1
done
cp "$(dirname "$0")/soap-consumers.txt" "$out/soap-consumers.txt"
echo "Development key stores made in $out"
