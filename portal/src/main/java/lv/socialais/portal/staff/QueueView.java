package lv.socialais.portal.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import lv.socialais.application.ApplicationActions;
import lv.socialais.application.ApplicationQueue;
import lv.socialais.application.ApplicationStatus;
import lv.socialais.application.Channel;
import lv.socialais.application.QueueEntry;
import lv.socialais.application.QueueFilter;
import lv.socialais.catalog.ApplicationType;
import lv.socialais.catalog.ApplicationTypeCatalog;
import lv.socialais.catalog.Department;

/** The caseworker's queue: the department's applications to decide, by deadline, filtered. */
@Named
@ViewScoped
public class QueueView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<ApplicationStatus> FILTERABLE = EnumSet.of(
            ApplicationStatus.REGISTERED,
            ApplicationStatus.IN_REVIEW,
            ApplicationStatus.INFO_REQUESTED,
            ApplicationStatus.AWAITING_APPROVAL);

    @Inject
    private ApplicationQueue queue;

    @Inject
    private ApplicationActions actions;

    @Inject
    private ApplicationTypeCatalog catalog;

    @Inject
    private CurrentStaff staff;

    private String department;
    private String typeCode;
    private ApplicationStatus status;
    private Channel channel;
    private LocalDate deadlineUntil;
    private String assignee;
    private List<QueueEntry> entries;
    // Catalogue entities for the filters: loaded per node, never in the serialized view state.
    private transient List<ApplicationType> types;
    private transient List<Department> departments;

    @PostConstruct
    void load() {
        search();
    }

    public void search() {
        entries = queue.find(
                new QueueFilter(department, typeCode, status, channel, deadlineUntil, assignee), staff.actor());
    }

    /** The caseworker takes an unassigned application for himself. */
    public void take(Long applicationId) {
        actions.assign(applicationId, staff.actor().id(), staff.actor());
        search();
    }

    public boolean isAllDepartments() {
        return staff.actor().seesAllDepartments();
    }

    public Set<ApplicationStatus> getStatuses() {
        return FILTERABLE;
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public List<QueueEntry> getEntries() {
        return entries;
    }

    public List<ApplicationType> getTypes() {
        if (types == null) {
            types = catalog.activeTypes();
        }
        return types;
    }

    public List<Department> getDepartments() {
        if (departments == null) {
            departments = getTypes().stream()
                    .map(ApplicationType::getDepartment)
                    .distinct()
                    .toList();
        }
        return departments;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(ApplicationStatus status) {
        this.status = status;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public LocalDate getDeadlineUntil() {
        return deadlineUntil;
    }

    public void setDeadlineUntil(LocalDate deadlineUntil) {
        this.deadlineUntil = deadlineUntil;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }
}
