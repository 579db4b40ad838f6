#!/usr/bin/env bash
# The load benchmark (README "## Benchmark"). Builds the product, starts it on its embedded
# default in a data folder of its own (deploy/benchmark/target/data, made fresh each run) on
# ports of its own, runs the Gatling scenarios one after the other against it, measures the
# limits of the same run (a static file of the same server, plain JDBC inserts of a submission's
# rows into the same MariaDB), prints one table and stops the product. The register simulator
# answers each query in 50-300 ms, as a real register would.
#
# Settings (environment): BENCHMARK_SECONDS (each scenario, default 30), BENCHMARK_USERS (page
# visitors at once, 100), BENCHMARK_INTAKE_CLIENTS (SOAP clients at once, 16), BENCHMARK_HTTP_PORT
# (18480), BENCHMARK_DB_PORT (33480), BENCHMARK_SIGN_AHEAD (envelopes signed before the intake
# scenario, 2000), BENCHMARK_NODES (1; 2 runs the product as a local cluster of two nodes behind
# HAProxy, README "## Cluster", for one node vs two), BENCHMARK_SCENARIOS (which to run of
# catalogue,mine,wizard,frontdesk,intake,caseworker; all by default, the static file always),
# BENCHMARK_JOURNEY_USERS (residents at once in the wizard journey, 30), BENCHMARK_STAFF_USERS
# (front-desk staff and caseworkers at once, 6 each), BENCHMARK_THINK_MILLIS (the journeys' think
# time, 3000: each pause between half and one and a half of it), BENCHMARK_REPLAY (a number of
# e-applications, such as 60086: instead of the scenarios, the city-year replay sends each of that
# many signed e-applications once through the intake and counts them stored once; results in
# deploy/benchmark/target/replay.md), BENCHMARK_FAIL_ON_ERRORS (exit 1 when a request failed; the test command's smoke). Results: deploy/benchmark/target/results.md and Gatling's
# HTML reports in deploy/benchmark/target/gatling.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${BENCHMARK_SECONDS:-30}
users=${BENCHMARK_USERS:-100}
clients=${BENCHMARK_INTAKE_CLIENTS:-16}
http_port=${BENCHMARK_HTTP_PORT:-18480}
db_port=${BENCHMARK_DB_PORT:-33480}
out=deploy/benchmark/target

if [ "${BENCHMARK_SKIP_BUILD:-false}" != "true" ]; then
    echo "Building the product and the benchmark"
    ./mvnw -B -q -DskipTests -pl deploy,deploy/benchmark -am package
fi

rm -rf "$out/data" "$out/gatling" "$out/results.md"
mkdir -p "$out"
echo "Starting the product on http://localhost:$http_port/ (log: $out/product.log)"
started=$(date +%s%N)
# The benchmark's clients stand behind this machine as behind a load balancer: each names its own
# address in X-Forwarded-For, so that the sign-in limit per address applies to each of them.
# The server gets a production node's heap (1 GB, G1), not the embedded run's smaller one, unless
# PAYARA_JVM_OPTIONS says otherwise.
PAYARA_JVM_OPTIONS="${PAYARA_JVM_OPTIONS:--Xmx1g}" DATA_DIR="$out/data" HTTP_PORT="$http_port" EMBEDDED_DB_PORT="$db_port" NODES="${BENCHMARK_NODES:-1}" \
    SIGN_IN_TRUSTED_PROXIES="127.0.0.1,0:0:0:0:0:0:0:1,::1" \
    java -jar deploy/target/socialais-portals.jar >"$out/product.log" 2>&1 &
product=$!
# SIGTERM, not SIGINT: a JVM started in the background of a script ignores SIGINT.
trap 'kill -TERM $product 2>/dev/null || true; wait $product 2>/dev/null || true' EXIT
until curl -fs -o /dev/null "http://localhost:$http_port/health/ready"; do
    if ! kill -0 "$product" 2>/dev/null; then
        echo "The product stopped; see $out/product.log" >&2
        exit 1
    fi
    sleep 0.5
done
ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
echo "Ready after ${ready_ms} ms"
# The simulated registers answer as real ones do, each answer in 50-300 ms; each node serves its own.
nodes=${BENCHMARK_NODES:-1}
if [ "$nodes" -gt 1 ]; then node_ports=$(seq $((http_port + 1)) $((http_port + nodes))); else node_ports=$http_port; fi
# (The portal answers before the simulator's address is served: ask again until it takes.)
for port in $node_ports; do
    for attempt in $(seq 1 60); do
        curl -fs -o /dev/null -d register=ALL -d mode=DELAY -d delayMillis=50 -d maxDelayMillis=300 \
            "http://localhost:$port/simulator/control" && break
        [ "$attempt" -lt 60 ] || { echo "The register simulator at port $port did not answer" >&2; exit 1; }
        sleep 0.5
    done
done

java -Xmx512m -cp "deploy/benchmark/target/classes:$(cat "$out/classpath.txt")" \
    -Dbenchmark.url="http://localhost:$http_port" \
    -Dbenchmark.users="$users" -Dbenchmark.intakeClients="$clients" -Dbenchmark.seconds="$seconds" \
    -Dbenchmark.replay="${BENCHMARK_REPLAY:-0}" -Dbenchmark.scenarios="${BENCHMARK_SCENARIOS:-catalogue,mine,wizard,frontdesk,intake,caseworker}" \
    -Dbenchmark.journeyUsers="${BENCHMARK_JOURNEY_USERS:-30}" -Dbenchmark.staffUsers="${BENCHMARK_STAFF_USERS:-6}" -Dbenchmark.thinkMillis="${BENCHMARK_THINK_MILLIS:-3000}" -Dbenchmark.signAhead="${BENCHMARK_SIGN_AHEAD:-2000}" -Dbenchmark.failOnErrors="${BENCHMARK_FAIL_ON_ERRORS:-false}" \
    -Dbenchmark.serverPid="$product" -Dbenchmark.readyMillis="$ready_ms" \
    -Dbenchmark.results="$out" \
    -Dbenchmark.dbUrl="jdbc:mariadb://localhost:$db_port/socialais" -Dbenchmark.dbUser=socialais \
    -Dbenchmark.dbPasswordFile="$out/data/embedded-db.password" \
    -Dbenchmark.truststore="$PWD/integration/target/dev-keystores/dev-trust.p12" \
    -DWSS_TRUSTSTORE="$PWD/integration/target/dev-keystores/dev-trust.p12" \
    lv.socialais.benchmark.Benchmark
