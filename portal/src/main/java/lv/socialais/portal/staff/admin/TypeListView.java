package lv.socialais.portal.staff.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import lv.socialais.catalog.ApplicationType;
import lv.socialais.catalog.CatalogAdministration;
import lv.socialais.portal.i18n.LocaleSelection;

/** The administrator's list of application types: all of them, found by a word of the name or code, active or not. */
@Named
@ViewScoped
public class TypeListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogAdministration catalog;

    @Inject
    private AdminPage page;

    @Inject
    private LocaleSelection locale;

    private String text;
    private String state = "ALL";
    private List<Row> rows = List.of();

    @PostConstruct
    void load() {
        if (page.allowed()) {
            search();
        }
    }

    public void search() {
        Locale language = locale.getLocale();
        String word = text == null ? "" : text.strip().toLowerCase(language);
        rows = catalog.allTypes().stream()
                .filter(type -> state.equals("ALL") || type.isActive() == state.equals("ACTIVE"))
                .filter(type -> word.isEmpty()
                        || type.getCode().toLowerCase(Locale.ROOT).contains(word)
                        || type.getName().lv().toLowerCase(language).contains(word)
                        || type.getName().in(language).toLowerCase(language).contains(word))
                .map(type -> row(type, language))
                .toList();
    }

    private static Row row(ApplicationType type, Locale language) {
        return new Row(
                type.getCode(),
                type.getName().in(language),
                type.getDepartment().getName().in(language),
                type.getDecisionDeadlineDays(),
                type.isDeadlineInWorkDays(),
                type.getFixedAmount().orElse(null),
                type.isActive());
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state == null ? "ALL" : state;
    }

    /** One type as listed. */
    public record Row(
            String code,
            String name,
            String department,
            int deadlineDays,
            boolean workDays,
            BigDecimal fixedAmount,
            boolean active)
            implements Serializable {}
}
