package lv.socialais.benchmark;

/** What a simulation is told by the benchmark that starts it, as system properties of its JVM. */
record Settings(String url, String scenario, int users, int seconds) {

    static Settings fromSystemProperties() {
        return new Settings(
                System.getProperty("benchmark.url", "http://localhost:18480").replaceAll("/$", ""),
                System.getProperty("benchmark.scenario", "catalogue"),
                Integer.getInteger("benchmark.users", 100),
                Integer.getInteger("benchmark.seconds", 30));
    }
}
