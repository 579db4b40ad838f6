#!/usr/bin/env bash
# The fault drills (README "## Fault drills", figures in docs/reliability.md). Builds the product,
# starts it as a local cluster of two nodes behind HAProxy on the embedded MariaDB, in a data
# folder of its own (deploy/benchmark/target/drill-data, made fresh each run) on ports of its own,
# and files signed e-applications through the balancer, each one twice, while it: takes the
# register simulators down (HTTP 503), kills MariaDB with kill -9 (the launcher starts it again),
# and kills node-2 with kill -9. Then it counts: accepted = stored, 0 lost, 0 duplicates, every
# register query answered. Exits 1 when any of that fails.
#
# Settings (environment): DRILL_CLIENTS (clients at once, default 4), DRILL_FAULT_SECONDS (how
# long the registers are down, 60), DRILL_CALM_SECONDS (normal load before and after each fault,
# 20), DRILL_RECOVERY_MINUTES (how long to wait for the register queries at the end, 15),
# DRILL_HTTP_PORT (18580; the nodes take the two ports after it), DRILL_DB_PORT (33580),
# DRILL_CLUSTER_PORT (16900), DRILL_SKIP_BUILD (true: use the last build). Needs haproxy.
# Results: deploy/benchmark/target/drills.md and the product's log, product.log, next to it.
set -euo pipefail
cd "$(dirname "$0")/.."

out=deploy/benchmark/target
if [ "${DRILL_SKIP_BUILD:-false}" != "true" ]; then
    echo "Building the product and the drills"
    ./mvnw -B -q -DskipTests -pl deploy,deploy/benchmark -am package
fi
rm -rf "$out/drill-data" "$out/drills.md"

java -Xmx256m -cp "deploy/benchmark/target/classes:$(cat "$out/classpath.txt")" \
    -Ddrill.launcherJar="$PWD/deploy/target/socialais-portals.jar" \
    -Ddrill.dataDir="$PWD/$out/drill-data" -Ddrill.results="$PWD/$out" \
    -Ddrill.httpPort="${DRILL_HTTP_PORT:-18580}" -Ddrill.dbPort="${DRILL_DB_PORT:-33580}" \
    -Ddrill.clusterPort="${DRILL_CLUSTER_PORT:-16900}" -Ddrill.clients="${DRILL_CLIENTS:-4}" \
    -Ddrill.faultSeconds="${DRILL_FAULT_SECONDS:-60}" -Ddrill.calmSeconds="${DRILL_CALM_SECONDS:-20}" \
    -Ddrill.recoveryMinutes="${DRILL_RECOVERY_MINUTES:-15}" \
    -DWSS_TRUSTSTORE="$PWD/integration/target/dev-keystores/dev-trust.p12" \
    lv.socialais.benchmark.drill.FaultDrills
