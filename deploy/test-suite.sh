#!/usr/bin/env bash
# The whole test suite on a fresh Debian machine with a JDK 17: installs what the tests need
# (Debian's chromium and chromedriver for the browser tests; Maven itself through the wrapper,
# MariaDB and Payara Micro from Maven Central) and runs unit, container and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    echo "Installing chromium and chromium-driver from Debian for the browser tests"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
fi

exec ./mvnw -B verify "$@"
