#!/usr/bin/env bash
# Reads the logs of a test run (the Maven output with every server's log, and the launcher's
# logs) for what must never be logged: personal codes (old format with the birth date and new
# 32… format, with or without the dash), incomes, tokens and the test installation's passwords
# and secrets. Prints each finding with its file and line number, and exits 1 if there is one.
# Usage: bash deploy/check-logs.sh FILE...
set -uo pipefail

if [ "$#" -eq 0 ]; then
    echo "usage: $0 LOG_FILE..." >&2
    exit 2
fi

# A personal code: DDMMYY-NNNNN (the first digit after the dash is the century, 0-2) or 32NNNN-NNNNN,
# never part of a longer number (timestamps in milliseconds have 13 digits), nor the last group of
# a UUID (a message id: twelve hex digits after a dash, which may happen to be eleven digits).
personal_code='(?<![\d.-])((0[1-9]|[12][0-9]|3[01])(0[1-9]|1[0-2])\d{2}-?[0-2]\d{4}|3[2-9]\d{4}-?\d{5})(?![\d])'
# An amount next to a word for income (English or Latvian).
income='(?i)(income|ienākum|alga|pension|pensij)[^\n]{0,40}\b\d+[.,]\d{2}\b'
# A JSON Web Token (an ID token or access token) or an OAuth code/secret parameter with its value.
token='eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}|(client_secret|code_verifier|id_token|access_token)=[^&\s]{6,}'
# The test installation's secrets (portal/pom.xml, the README's development password).
secrets='portal-test-staff|portal-test-only|portal-test-oidc|Izstrade-2026|not-printed'

found=0
for pattern in "$personal_code" "$income" "$token" "$secrets"; do
    if grep -HnP -- "$pattern" "$@" | grep -v 'check-logs: allowed' | cut -c1-300; then
        found=1
    fi
done

if [ "$found" -ne 0 ]; then
    echo "check-logs: the lines above carry a personal code, an income, a token or a password" >&2
    exit 1
fi
echo "check-logs: no personal code, income, token or password in $# log file(s)"
