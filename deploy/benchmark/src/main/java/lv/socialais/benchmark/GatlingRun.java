package lv.socialais.benchmark;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One Gatling simulation in a JVM of its own (Gatling's launcher ends its JVM), its HTML report
 * in the results folder, and the figures read back from the report's data (js/stats.js).
 */
final class GatlingRun {

    private final Path results;
    private final Map<String, String> environment;

    GatlingRun(Path results, Map<String, String> environment) {
        this.results = results;
        this.environment = environment;
    }

    /** The figures of one request name as the report has them. */
    record Figures(String name, long requests, long errors, double perSecond, long p50, long p95, long p99) {}

    /** The figures of one run as its report has them (js/stats.js). */
    static final class Report {

        private final JsonNode root;

        private Report(JsonNode root) {
            this.root = root;
        }

        /** The figures of the requests of this name: none made, when the run never made one. */
        Figures of(String request) {
            for (JsonNode content : root.path("contents")) {
                if (content.path("name").asText().equals(request)) {
                    return figures(request, content.path("stats"));
                }
            }
            return new Figures(request, 0, 0, 0, -1, -1, -1);
        }

        /** The figures of all the run's requests together, under this name. */
        Figures all(String name) {
            return figures(name, root.path("stats"));
        }

        private static Figures figures(String name, JsonNode stats) {
            return new Figures(
                    name,
                    stats.path("numberOfRequests").path("total").asLong(),
                    stats.path("numberOfRequests").path("ko").asLong(),
                    stats.path("meanNumberOfRequestsPerSecond").path("total").asDouble(),
                    stats.path("percentiles1").path("total").asLong(),
                    stats.path("percentiles3").path("total").asLong(),
                    stats.path("percentiles4").path("total").asLong());
        }
    }

    /** Runs the simulation with these properties and returns the figures of the request named. */
    Figures run(Class<?> simulation, String description, Map<String, String> properties, String request)
            throws IOException, InterruptedException {
        return report(simulation, description, properties).of(request);
    }

    /** Runs the simulation with these properties and returns its report. */
    Report report(Class<?> simulation, String description, Map<String, String> properties)
            throws IOException, InterruptedException {
        Files.createDirectories(results);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                // What Gatling's own launcher gives its JVM: it reads String internals for speed.
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-XX:MaxInlineLevel=20",
                "-XX:MaxTrivialSize=12",
                "-cp",
                System.getProperty("java.class.path")));
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.addAll(List.of(
                "io.gatling.app.Gatling", "-s", simulation.getName(), "-rf", results.toString(), "-rd", description));
        Path log = results.resolve(description.replaceAll("\\W+", "-") + ".log");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        List<Path> earlier = reports();
        int exit = builder.start().waitFor();
        List<Path> made = reports();
        made.removeAll(earlier);
        if (made.size() != 1) {
            throw new IllegalStateException("Gatling made no report (exit " + exit + "): see " + log);
        }
        return read(made.get(0).resolve("js/stats.js"));
    }

    private List<Path> reports() throws IOException {
        try (Stream<Path> runs = Files.list(results)) {
            return runs.filter(Files::isDirectory).collect(Collectors.toCollection(ArrayList::new));
        }
    }

    /** The report's js/stats.js: "var stats = {...}" in JavaScript (keys partly unquoted), then its functions. */
    private static Report read(Path statsJs) throws IOException {
        String script = Files.readString(statsJs);
        String literal = script.substring(script.indexOf('{'), script.indexOf("function fillStats"));
        return new Report(JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
                .build()
                .readTree(literal));
    }
}
