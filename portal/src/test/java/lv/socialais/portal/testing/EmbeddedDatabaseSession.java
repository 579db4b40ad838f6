package lv.socialais.portal.testing;

import java.nio.file.Path;
import lv.socialais.deploy.database.EmbeddedMariaDb;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts one real MariaDB for the whole container-test run, with an empty test database, and
 * stops it at the end. The Payara Micro instances that Arquillian starts reach it through the
 * DB_URL, DB_USER and DB_PASSWORD environment variables that failsafe sets. Does nothing in
 * runs without the {@code embedded.db.folder} property (plain unit tests).
 */
public class EmbeddedDatabaseSession implements LauncherSessionListener {

    private EmbeddedMariaDb database;

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
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            database.close();
        }
    }
}
