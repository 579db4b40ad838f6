package lv.socialais.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes drafts nobody has touched for DRAFT_RETENTION_DAYS (30 by default), every night.
 * Running on every node of a cluster is harmless: the delete finds nothing the second time.
 */
@Singleton
public class DraftPurge {

    private static final Logger LOG = Logger.getLogger(DraftPurge.class.getName());

    @Inject
    private Drafts drafts;

    @Inject
    @ConfigProperty(name = "DRAFT_RETENTION_DAYS", defaultValue = "30")
    private int retentionDays;

    @Schedule(hour = "3", minute = "15", persistent = false)
    void purge() {
        int purged = drafts.purgeOlderThan(Duration.ofDays(retentionDays));
        if (purged > 0) {
            LOG.info(() -> "Purged " + purged + " drafts older than " + retentionDays + " days");
        }
    }
}
