package lv.socialais.portal.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives the container tests deploy: the portal war as the build made it. */
public final class Deployments {

    private Deployments() {
    }

    /** The packaged portal war (context root /portal), to which a test adds its own classes. */
    public static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.war")));
    }
}
