package lv.socialais.portal.testing;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives the container tests deploy: the portal war as the build made it. */
public final class Deployments {

    public static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";

    private Deployments() {}

    /**
     * The packaged portal war (context root /portal) set up as the launcher's embedded run sets it
     * up: residents sign in through the development stand-in for eID. A test adds its own classes;
     * every deployment has the {@link MovableClock}.
     */
    public static WebArchive portal() {
        return withSettings(production(), "RESIDENT_SIGN_IN=development");
    }

    /** The packaged portal war with nothing changed: the defaults a production install starts with. */
    public static WebArchive production() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.war")))
                .addClass(MovableClock.class);
    }

    /** The war with lines added to its settings; a later line wins over the packaged default. */
    public static WebArchive withSettings(WebArchive war, String... lines) {
        String settings = read(war) + "\n" + String.join("\n", lines) + "\n";
        war.delete(CONFIG);
        war.add(new StringAsset(settings), CONFIG);
        return war;
    }

    private static String read(WebArchive war) {
        try (InputStream in = war.get(CONFIG).getAsset().openStream();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
