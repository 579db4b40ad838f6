package lv.socialais.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeploymentWatchTest {

    /** The lines Payara Micro 6 wrote when the portal failed to deploy without a trust store (colours included). */
    private static final String FAILED_DEPLOYMENT = String.join(
            "\n",
            "[2026-12-06T04:43:05.897+0200] [] [\u001B[1;91mSEVERE\u001B[0m] [] [\u001B[1;94mjakarta.enterprise.web\u001B[0m] [[",
            "java.lang.IllegalStateException: WS-Security is required but WSS_TRUSTSTORE is not set (or set WSS_REQUIRED=false for development)",
            "\tat lv.socialais.integration.wss.WsSecurity.verification(WsSecurity.java:67)",
            "  WebModule[]Servlet SOAP services threw unload() exception",
            "Caused by: java.lang.NullPointerException: Cannot invoke \"DestinationRegistry.getDestinationsPaths()\" because \"this.destinationRegistry\" is null",
            "org.apache.catalina.LifecycleException: org.apache.catalina.LifecycleException: java.lang.IllegalStateException: WS-Security is required",
            "Caused by: org.apache.catalina.LifecycleException: java.lang.IllegalStateException: WS-Security is required but WSS_TRUSTSTORE is not set",
            "Caused by: java.lang.IllegalStateException: WS-Security is required but WSS_TRUSTSTORE is not set (or set WSS_REQUIRED=false for development)",
            "  java.lang.IllegalStateException: ContainerBase.addChild: start: org.apache.catalina.LifecycleException: wrapped",
            "java.lang.Exception: java.lang.IllegalStateException: ContainerBase.addChild: start: wrapped",
            "[2026-12-06T04:43:05.953+0200] [] [\u001B[1;91mSEVERE\u001B[0m] [] [javax.enterprise.system.core] Exception while loading the app",
            "[2026-12-06T04:43:06.093+0200] Payara Micro 6.2025.10 #badassfish (build 123) ready in 38,080 (ms)");

    @Test
    void aFailedDeploymentIsReportedWithItsRootCause() {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        DeploymentWatch watch = watched(FAILED_DEPLOYMENT, copy);

        assertEquals(
                Optional.of(
                        "WS-Security is required but WSS_TRUSTSTORE is not set (or set WSS_REQUIRED=false for development)"),
                watch.failure());
        assertTrue(copy.toString(StandardCharsets.UTF_8).contains("ready in 38,080"), "every line is passed on");
    }

    /** As seen in a CI run: the register worker's timer failed on another thread while the deployment failed. */
    @Test
    void anotherThreadsTraceIsNotTakenForTheDeploymentsCause() {
        String interleaved = String.join(
                "\n",
                "[2026-12-07T16:20:24.990+0200] [] [SEVERE] [] [jakarta.enterprise.web] [tid: _ThreadID=1 _ThreadName=main] [[",
                "Caused by: java.lang.IllegalStateException: WS-Security is required but WSS_TRUSTSTORE is not set",
                "[2026-12-07T16:20:25.097+0200] [] [WARNING] [] [jakarta.enterprise.ejb] [tid: _ThreadID=119 _ThreadName=__ejb-thread-pool1] [[",
                "Internal Exception: java.sql.SQLException: Error in allocating a connection. Cause: jakarta.transaction.SystemException",
                "Caused by: com.sun.appserv.connectors.internal.api.PoolingException: jakarta.transaction.SystemException",
                "Caused by: jakarta.transaction.SystemException: a timer's rollback",
                "[2026-12-07T16:20:25.104+0200] [] [SEVERE] [] [javax.enterprise.system.core] [tid: _ThreadID=1 _ThreadName=main] [[",
                "java.lang.Exception: java.lang.IllegalStateException: ContainerBase.addChild: start: wrapped",
                "[2026-12-07T16:20:25.104+0200] [] [SEVERE] [] [javax.enterprise.system.core] [tid: _ThreadID=1 _ThreadName=main] Exception while loading the app");

        assertEquals(
                Optional.of("WS-Security is required but WSS_TRUSTSTORE is not set"),
                watched(interleaved, new ByteArrayOutputStream()).failure());
    }

    @Test
    void aGoodStartReportsNoFailure() {
        DeploymentWatch watch = watched(
                String.join(
                        "\n",
                        "[INFO] portal was successfully deployed in 16,056 milliseconds.",
                        "java.lang.IllegalArgumentException: a warning some library logs and lives with",
                        "[INFO] Payara Micro ready"),
                new ByteArrayOutputStream());

        assertEquals(Optional.empty(), watch.failure());
    }

    @Test
    void aFailureWithoutAStackTraceStillStopsTheStart() {
        DeploymentWatch watch =
                watched("[SEVERE] Exception while deploying the app [portal]", new ByteArrayOutputStream());

        assertEquals(Optional.of("see the server log above"), watch.failure());
    }

    private static DeploymentWatch watched(String output, ByteArrayOutputStream copy) {
        DeploymentWatch watch = new DeploymentWatch(
                new ByteArrayInputStream(output.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(copy, true, StandardCharsets.UTF_8));
        watch.run();
        return watch;
    }
}
