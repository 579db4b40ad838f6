#!/usr/bin/env bash
# The whole test suite on a fresh Debian machine with a JDK 17: installs what the tests need
# (Debian's chromium and chromedriver for the browser tests, npm for axe-core, libxml2-utils
# for the contract check, haproxy for the cluster test; Maven itself through the wrapper, MariaDB and Payara Micro from Maven
# Central), checks the WSDL/XSD contracts with xmllint, runs unit, container and browser tests, and
# then reads every log of the run for personal codes, incomes, tokens and passwords.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    echo "Installing chromium and chromium-driver from Debian for the browser tests"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# npm installs axe-core, which the browser tests inject into pages to check accessibility.
if ! command -v npm >/dev/null 2>&1; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    echo "Installing nodejs and npm from Debian for the accessibility checks"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq nodejs npm >/dev/null
fi

if ! command -v xmllint >/dev/null 2>&1; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    echo "Installing libxml2-utils from Debian to check the SOAP contracts"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libxml2-utils >/dev/null
fi

if ! command -v haproxy >/dev/null 2>&1 && [ ! -x /usr/sbin/haproxy ]; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    echo "Installing haproxy from Debian for the two-node cluster test"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq haproxy >/dev/null
fi

echo "Checking the SOAP contracts with xmllint"
bash integration/check-contracts.sh

# Every log of the run is kept and then read for personal codes, incomes, tokens and passwords:
# the Maven output carries every test server's log; the launcher test writes its own files.
mkdir -p target
set +e
./mvnw -B verify "$@" 2>&1 | tee target/test-suite.log
status=${PIPESTATUS[0]}
set -e
if [ "$status" -ne 0 ]; then
    exit "$status"
fi
echo "A smoke of the load benchmark: 3 s a scenario, a few users; it must run through, print its table, and see no error"
BENCHMARK_FAIL_ON_ERRORS=true BENCHMARK_SKIP_BUILD=true BENCHMARK_SECONDS=3 BENCHMARK_USERS=4 BENCHMARK_INTAKE_CLIENTS=2 \
    BENCHMARK_SIGN_AHEAD=50 BENCHMARK_JOURNEY_USERS=2 BENCHMARK_STAFF_USERS=2 BENCHMARK_THINK_MILLIS=100 bash deploy/benchmark.sh 2>&1 | tee target/benchmark-smoke.log
echo "Checking the logs of the run for personal data and secrets"
shopt -s nullglob
bash deploy/check-logs.sh target/test-suite.log deploy/target/launcher*.log deploy/benchmark/target/product.log
