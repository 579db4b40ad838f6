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
        int nodes,
        int clusterPort,
        String haproxy,
        String jvmOptions,
        Duration startupTimeout) {

    /**
     * The embedded run's application server: a development or demonstration installation on one
     * machine, with the database and the simulator beside it. A 512 MB heap with the serial
     * collector keeps the whole run near 1 GB resident (1.17 GB with a 1 GB heap and G1) and
     * starts it a few seconds sooner; the test command runs the same heap.
     */
    static final String EMBEDDED_JVM_OPTIONS = "-Xmx512m -XX:+UseSerialGC";

    /** A production node's: its operator sizes it with PAYARA_JVM_OPTIONS for its load. */
    static final String PRODUCTION_JVM_OPTIONS = "-Xmx1g";

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
                nodes(source),
                source.port("CLUSTER_PORT", 6900),
                source.optional("HAPROXY").orElse("haproxy"),
                source.optional("PAYARA_JVM_OPTIONS")
                        .orElse(dbUrl.isEmpty() ? EMBEDDED_JVM_OPTIONS : PRODUCTION_JVM_OPTIONS),
                Duration.ofSeconds(source.integer("STARTUP_TIMEOUT_SECONDS", 240)));
    }

    boolean embeddedDatabase() {
        return dbUrl.isEmpty();
    }

    /** Several nodes on this machine, in one cluster behind HAProxy at HTTP_PORT. */
    boolean localCluster() {
        return nodes > 1;
    }

    /** The HTTP port of node 1..N: HTTP_PORT itself for a single node, the ports after it in a local cluster. */
    int nodePort(int node) {
        return localCluster() ? httpPort + node : httpPort;
    }

    /** The local cluster's name: CLUSTER_NAME, or one of its own so that no other Payara on the machine joins. */
    String localClusterName() {
        return clusterName.orElse("socialais-local-" + httpPort);
    }

    /** The Hazelcast addresses of the local cluster's nodes, on loopback: CLUSTER_PORT and the ports after it. */
    String localClusterMembers() {
        StringBuilder members = new StringBuilder();
        for (int node = 1; node <= nodes; node++) {
            members.append(node > 1 ? "," : "").append("127.0.0.1:").append(clusterPort + node - 1);
        }
        return members.toString();
    }

    private static int nodes(Source source) {
        int nodes = source.integer("NODES", 1);
        if (nodes < 1 || nodes > 4) {
            throw new StartupFailure("NODES must be between 1 and 4 (nodes on this machine), not " + nodes);
        }
        return nodes;
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
