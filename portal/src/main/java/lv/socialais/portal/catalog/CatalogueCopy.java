package lv.socialais.portal.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lv.socialais.catalog.CatalogueRevision;
import lv.socialais.common.Riga;

/**
 * The catalogue page's copy of the catalogue, made again only when an administrator has edited
 * it ({@link CatalogueRevision}, asked on every request, so an edit on another node shows at
 * once) or the day has changed (amounts are dated). Every anonymous visit reads it: without the
 * copy each one read 53 types with their documents.
 */
@ApplicationScoped
public class CatalogueCopy {

    @Inject
    private Clock clock;

    @Inject
    private CatalogueRevision revision;

    @Inject
    private CatalogEntries entries;

    private volatile Copy copy;

    public List<CatalogEntry> all() {
        // The revision is read before the catalogue: an edit between the two is read again next time.
        long now = revision.current();
        LocalDate today = Riga.today(clock);
        Copy current = copy;
        if (current == null || current.revision != now || !current.day.equals(today)) {
            current = new Copy(now, today, entries.all());
            copy = current;
        }
        return current.entries;
    }

    private record Copy(long revision, LocalDate day, List<CatalogEntry> entries) {}
}
