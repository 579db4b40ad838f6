package lv.socialais.benchmark.drill;

import java.nio.file.Path;
import java.time.Duration;

/** What deploy/drills.sh passes as system properties; the script's header says what each is. */
record DrillSettings(
        Path launcherJar,
        Path dataDir,
        Path results,
        int httpPort,
        int dbPort,
        int clusterPort,
        int nodes,
        int clients,
        Duration fault,
        Duration calm,
        Duration recovery) {

    static DrillSettings fromSystemProperties() {
        return new DrillSettings(
                Path.of(required("drill.launcherJar")),
                Path.of(required("drill.dataDir")),
                Path.of(required("drill.results")),
                Integer.getInteger("drill.httpPort", 18580),
                Integer.getInteger("drill.dbPort", 33580),
                Integer.getInteger("drill.clusterPort", 16900),
                2,
                Integer.getInteger("drill.clients", 4),
                Duration.ofSeconds(Integer.getInteger("drill.faultSeconds", 60)),
                Duration.ofSeconds(Integer.getInteger("drill.calmSeconds", 20)),
                Duration.ofMinutes(Integer.getInteger("drill.recoveryMinutes", 15)));
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("set -D" + property);
        }
        return value;
    }
}
