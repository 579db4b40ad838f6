package lv.socialais.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The launcher's settings, read like MicroProfile Config reads them in the application: a
 * system property first, then an environment variable of the same name, then the default.
 * The README lists them all.
 */
record Settings(
        int httpPort,
        Optional<String> dbUrl,
        String dbUser,
        Optional<String> dbPassword,
        int embeddedDbPort,
        Path dataDir,
        boolean registerSimulator,
        Optional<String> clusterName,
        Optional<String> clusterMembers,
        String jvmOptions,
        Duration startupTimeout) {

    static Settings load(Map<String, String> environment) {
        Source source = new Source(environment);
        Optional<String> dbUrl = source.optional("DB_URL");
        if (dbUrl.isPresent()) {
            ProductionSettings.check(source::optional);
        } else {
            ProductionSettings.checkCluster(source::optional);
        }
        return new Settings(
                source.port("HTTP_PORT", 8080),
                dbUrl,
                source.optional("DB_USER").orElse("socialais"),
                source.optional("DB_PASSWORD"),
                source.port("EMBEDDED_DB_PORT", 3307),
                Path.of(source.optional("DATA_DIR").orElse("data"))
                        .toAbsolutePath()
                        .normalize(),
                // The simulator answers in place of the state registers: only where no real
                // database (and so, presumably, no real register) is configured, unless asked.
                Boolean.parseBoolean(source.optional("REGISTER_SIMULATOR").orElse(String.valueOf(dbUrl.isEmpty()))),
                source.optional("CLUSTER_NAME"),
                source.optional("CLUSTER_MEMBERS"),
                source.optional("PAYARA_JVM_OPTIONS").orElse("-Xmx1g"),
                Duration.ofSeconds(source.integer("STARTUP_TIMEOUT_SECONDS", 240)));
    }

    boolean embeddedDatabase() {
        return dbUrl.isEmpty();
    }

    private record Source(Map<String, String> environment) {

        Optional<String> optional(String name) {
            String value = System.getProperty(name, environment.get(name));
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
        }

        int integer(String name, int fallback) {
            String value = optional(name).orElse(String.valueOf(fallback));
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new StartupFailure(name + " must be a whole number, not '" + value + "'");
            }
        }

        int port(String name, int fallback) {
            int port = integer(name, fallback);
            if (port < 1 || port > 65535) {
                throw new StartupFailure(name + " must be a port between 1 and 65535, not " + port);
            }
            return port;
        }
    }
}
