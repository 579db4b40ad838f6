package lv.socialais.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a production start (an external database named by DB_URL) must not have and must have.
 * The development conveniences (the eID stand-in, the development staff users, the register
 * simulator with its stand-in eID provider, unsigned SOAP) belong to the embedded run only: a
 * production start with any of them is refused with one line naming the setting. A setting left
 * unset never opens a door, so the missing trust store and eID provider are refused too.
 */
final class ProductionSettings {

    private ProductionSettings() {}

    static void check(Function<String, Optional<String>> settings) {
        if (settings.apply("RESIDENT_SIGN_IN")
                .map(mode -> mode.equalsIgnoreCase("development"))
                .orElse(false)) {
            throw refused("RESIDENT_SIGN_IN=development lets anyone sign in as any resident by typing a personal code;"
                    + " it belongs to the embedded run only: with DB_URL set RESIDENT_SIGN_IN to oidc (or off)");
        }
        if (isTrue(settings, "DEV_STAFF_USERS")) {
            throw refused(
                    "DEV_STAFF_USERS=true makes staff users with a published password; it belongs to the embedded run"
                            + " only: with DB_URL remove DEV_STAFF_USERS and create staff users in the administration");
        }
        if (isTrue(settings, "REGISTER_SIMULATOR")) {
            throw refused(
                    "REGISTER_SIMULATOR=true deploys fake state registers and a stand-in eID provider; it belongs to"
                            + " the embedded run only: with DB_URL remove REGISTER_SIMULATOR and set REGISTER_PMLP_URL, REGISTER_NVA_URL"
                            + " and REGISTER_VSAA_URL");
        }
        if (settings.apply("WSS_REQUIRED")
                .map(value -> value.equalsIgnoreCase("false"))
                .orElse(false)) {
            throw refused("WSS_REQUIRED=false accepts unsigned SOAP requests; it belongs to the embedded run only:"
                    + " with DB_URL remove WSS_REQUIRED and set WSS_TRUSTSTORE");
        }
        Optional<String> trustStore = settings.apply("WSS_TRUSTSTORE");
        if (trustStore.isEmpty()) {
            throw refused(
                    "WSS_TRUSTSTORE is not set: incoming SOAP requests are accepted only when signed by a certificate"
                            + " in it; set WSS_TRUSTSTORE (a PKCS12 file) and WSS_TRUSTSTORE_PASSWORD");
        }
        if (!Files.isReadable(Path.of(trustStore.get()))) {
            throw refused(
                    "WSS_TRUSTSTORE names " + trustStore.get() + ", which cannot be read; set WSS_TRUSTSTORE to the"
                            + " PKCS12 trust store of the registers' certificates");
        }
        String publicUrl = settings.apply("PUBLIC_URL").orElse("");
        if (!publicUrl.toLowerCase(Locale.ROOT).startsWith("https://")) {
            throw refused(
                    "PUBLIC_URL " + (publicUrl.isEmpty() ? "is not set" : "is not an https address") + ": the portal's"
                            + " address as residents reach it decides the eID redirect, Secure cookies and HSTS; set PUBLIC_URL to"
                            + " the https address of the load balancer, e.g. https://portals.example.lv");
        }
        String signIn = settings.apply("RESIDENT_SIGN_IN").orElse("oidc").toLowerCase(Locale.ROOT);
        if (signIn.equals("oidc")) {
            for (String name : new String[] {"OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"}) {
                if (settings.apply(name).isEmpty()) {
                    throw refused(name
                            + " is not set: residents sign in through the state's eID provider (RESIDENT_SIGN_IN=oidc,"
                            + " the default); set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET, or RESIDENT_SIGN_IN=off"
                            + " for a portal without resident sign-in");
                }
            }
        }
        checkCluster(settings);
    }

    /**
     * A cluster only of the named members: Payara Micro's default discovery is multicast, which
     * lets any machine on the network that knows the cluster name join and read the sessions.
     */
    static void checkCluster(Function<String, Optional<String>> settings) {
        if (settings.apply("CLUSTER_NAME").isPresent()
                && settings.apply("CLUSTER_MEMBERS").isEmpty()) {
            throw refused(
                    "CLUSTER_MEMBERS is not set while CLUSTER_NAME is: the nodes would find each other by multicast"
                            + " and let any machine of the network join; set CLUSTER_MEMBERS to the host:port of every node");
        }
    }

    private static boolean isTrue(Function<String, Optional<String>> settings, String name) {
        return settings.apply(name).map(Boolean::parseBoolean).orElse(false);
    }

    private static StartupFailure refused(String message) {
        return new StartupFailure(message);
    }
}
