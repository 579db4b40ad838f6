package lv.socialais.portal.testing;

import java.nio.file.Path;
import lv.socialais.deploy.database.EmbeddedMariaDb;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * What the container tests run against, started once for the whole run and stopped at its end:
 * a real MariaDB with an empty test database, and the register simulator in a Payara Micro of
 * its own, as the real registers are separate servers. The Payara Micro instances that
 * Arquillian starts reach both through the environment variables failsafe sets (DB_URL,
 * REGISTER_*_URL). Does nothing in runs without the {@code embedded.db.folder} property.
 */
public class TestEnvironmentSession implements LauncherSessionListener {

    private EmbeddedMariaDb database;
    private SimulatorProcess simulator;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String folder = System.getProperty("embedded.db.folder");
        if (folder == null) {
            return;
        }
        int port = Integer.parseInt(System.getProperty("embedded.db.port"));
        String url = System.getenv("DB_URL");
        String name = url.substring(url.lastIndexOf('/') + 1);
        database = EmbeddedMariaDb.start(Path.of(folder), port);
        database.dropDatabase(name);
        database.ensureDatabase(name, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
        String simulatorWar = System.getProperty("simulator.war");
        if (simulatorWar != null) {
            simulator = SimulatorProcess.start(
                    Path.of(System.getProperty("payara.microJar")),
                    Path.of(simulatorWar),
                    Integer.parseInt(System.getProperty("simulator.port")),
                    Path.of(folder).resolveSibling("simulator-micro"));
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (simulator != null) {
            simulator.close();
        }
        if (database != null) {
            database.close();
        }
    }
}
