package lv.socialais.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The journeys of {@link JourneysSimulation} as the benchmark runs them: how many people at once
 * (residents for the wizard, staff for the desk and the cases), their think time, and which
 * request each journey is for.
 */
record Journeys(String url, int residents, int staff, int thinkMillis, int seconds) {

    /** One journey: its scenario name, its name in the table, the request it is for, whether residents or staff go it. */
    record Journey(String scenario, String name, String keyRequest, boolean byResidents) {}

    static final Journey WIZARD = new Journey("wizard", "resident wizard", "wizard submit", true);
    static final Journey FRONT_DESK = new Journey("frontdesk", "front desk walk-in", "front desk submit", false);
    static final Journey CASEWORKER = new Journey("caseworker", "caseworker", "case decide", false);

    /** The journeys that file applications, in the order they run. */
    static final List<Journey> FILING = List.of(WIZARD, FRONT_DESK);

    Map<String, String> properties(Journey journey) {
        return Map.of(
                "benchmark.url",
                url,
                "benchmark.scenario",
                journey.scenario(),
                "benchmark.users",
                String.valueOf(journey.byResidents() ? residents : staff),
                "benchmark.seconds",
                String.valueOf(seconds),
                "benchmark.thinkMillis",
                String.valueOf(thinkMillis));
    }

    String describe() {
        return String.format(
                Locale.ROOT,
                "%nJourneys: %d residents and %d staff at once, each pause %d-%d ms; a journey started"
                        + " within the %d s is gone to its end. Their lines have no limit: with think times"
                        + " the rate is the people's, the times are what to read.%n",
                residents,
                staff,
                thinkMillis / 2,
                thinkMillis * 3 / 2,
                seconds);
    }
}
