package lv.socialais.portal.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import lv.socialais.catalog.LifeSituation;
import lv.socialais.portal.i18n.LocaleSelection;

/**
 * The catalogue page: every type a resident can apply for, grouped by life situation, so that
 * he finds help by his need rather than by the law's name for it; filtered by a search text.
 */
@Named
@RequestScoped
public class CatalogView {

    @Inject
    private CatalogueCopy entries;

    @Inject
    private LocaleSelection localeSelection;

    private String query;
    private List<Group> groups;
    private int found;

    public List<Group> getGroups() {
        if (groups == null) {
            List<CatalogEntry> matching = entries.all().stream()
                    .filter(entry -> entry.matches(query, localeSelection.getLocale()))
                    .toList();
            found = matching.size();
            groups = Arrays.stream(LifeSituation.values())
                    .map(situation -> new Group(
                            situation,
                            matching.stream()
                                    .filter(entry -> entry.lifeSituation() == situation)
                                    .toList()))
                    .filter(group -> !group.entries().isEmpty())
                    .toList();
        }
        return groups;
    }

    public int getFound() {
        getGroups();
        return found;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query == null ? null : query.strip();
    }

    /** The types of one life situation. */
    public record Group(LifeSituation situation, List<CatalogEntry> entries) {}
}
