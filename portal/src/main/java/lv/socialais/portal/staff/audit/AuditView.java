package lv.socialais.portal.staff.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import lv.socialais.audit.AuditCursor;
import lv.socialais.audit.AuditEntry;
import lv.socialais.audit.AuditFilter;
import lv.socialais.audit.AuditPage;
import lv.socialais.audit.AuditSearch;
import lv.socialais.common.Riga;
import lv.socialais.portal.i18n.Texts;
import lv.socialais.portal.staff.CurrentStaff;
import lv.socialais.security.Role;

/**
 * The audit trail as supervisors and administrators read it: filtered by days, person, action
 * and record, newest first, a page at a time. Opened from an application it shows that
 * application's entries. web.xml admits only these roles; the page and the core check again.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<Integer> PAGE_SIZES = List.of(10, 25, 50, 100);

    @Inject
    private AuditSearch search;

    @Inject
    private CurrentStaff staff;

    @Inject
    private Texts texts;

    private LocalDate from;
    private LocalDate to;
    private String actor;
    private String action;
    private String subjectType;
    private Long subjectId;
    private int pageSize = 25;

    private List<String> actions;
    private List<String> subjectTypes;
    private AuditFilter applied;
    private int appliedPageSize;
    /** Where each page read so far starts; null for the first. Kept to go back without offsets. */
    private final List<AuditCursor> pageStarts = new ArrayList<>();

    private int pageIndex;
    private AuditPage page;

    @PostConstruct
    void init() {
        if (mayRead()) {
            actions = search.actions(staff.actor());
            subjectTypes = search.subjectTypes(staff.actor());
        }
    }

    /** Runs the search the address asks for (e.g. one application's entries); 403 for anyone else. */
    public void load() throws IOException {
        if (!mayRead()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(403, texts.get("error.403.title"));
            faces.responseComplete();
            return;
        }
        search();
    }

    public void search() {
        if (from != null && to != null && from.isAfter(to)) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            "audit:to",
                            new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get("audit.filter.backwards"), null));
            return;
        }
        applied = new AuditFilter(from, to, actor, action, subjectType, subjectId);
        appliedPageSize = pageSize;
        pageStarts.clear();
        pageStarts.add(null);
        pageIndex = 0;
        read();
    }

    public void next() {
        page.next().ifPresent(cursor -> {
            pageIndex++;
            if (pageStarts.size() > pageIndex) {
                pageStarts.set(pageIndex, cursor);
            } else {
                pageStarts.add(cursor);
            }
            read();
        });
    }

    public void previous() {
        if (pageIndex > 0) {
            pageIndex--;
            read();
        }
    }

    private void read() {
        page = search.search(applied, pageStarts.get(pageIndex), appliedPageSize, staff.actor());
    }

    private boolean mayRead() {
        return staff.isIn(Role.SUPERVISOR) || staff.isIn(Role.ADMIN);
    }

    /** The time in Latvia's time, written as the visitor's language writes it, to the second. */
    public String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(texts.locale())
                .withZone(Riga.ZONE)
                .format(instant);
    }

    public String actionLabel(String code) {
        return label("audit.action.", code);
    }

    public String subjectLabel(String code) {
        return label("audit.subject.", code);
    }

    public String roleLabel(Object role) {
        return label("role.", String.valueOf(role));
    }

    /** The translation of a code where there is one, otherwise the code itself: new actions still show. */
    private String label(String prefix, String code) {
        String text = texts.get(prefix + code);
        return text.equals(prefix + code) ? code : text;
    }

    public List<AuditEntry> getEntries() {
        return page == null ? List.of() : page.entries();
    }

    public boolean isHasNext() {
        return page != null && page.more();
    }

    public boolean isHasPrevious() {
        return pageIndex > 0;
    }

    public int getPageNumber() {
        return pageIndex + 1;
    }

    public List<Integer> getPageSizes() {
        return PAGE_SIZES;
    }

    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = PAGE_SIZES.contains(pageSize) ? pageSize : 25;
    }

    public List<String> getActions() {
        return actions;
    }

    public List<String> getSubjectTypes() {
        return subjectTypes;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(String subjectType) {
        this.subjectType = subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }
}
