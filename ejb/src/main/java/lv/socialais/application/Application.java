package lv.socialais.application;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import lv.socialais.catalog.ApplicationType;
import lv.socialais.catalog.Department;
import lv.socialais.catalog.form.FormDefinition;
import lv.socialais.security.Actor;

/**
 * An application to the social service, from the resident's draft to the decision and its
 * appeal. Every change goes through a domain method that asks {@link Lifecycle} whether the
 * move is legal and writes it to the timeline.
 */
@Entity
@Table(name = "application")
public class Application {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Null until registration: EclipseLink reads an embedded part whose columns are all null as null. */
    @Embedded
    private Registration registration;

    @ManyToOne(optional = false)
    @JoinColumn(name = "application_type_id")
    private ApplicationType type;

    @ManyToOne(optional = false)
    @JoinColumn(name = "form_definition_id")
    private FormDefinition form;

    @ManyToOne(optional = false)
    @JoinColumn(name = "department_id")
    private Department department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStatus status;

    @Embedded
    private Filing filing;

    @Embedded
    private Declaration declaration = new Declaration();

    @ElementCollection
    @CollectionTable(name = "household_member", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "sort_order")
    private List<HouseholdMember> household = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "declared_income", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "sort_order")
    private List<DeclaredIncome> incomes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "declared_property", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "sort_order")
    private List<DeclaredProperty> property = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "assigned_to")
    private String assignedTo;

    @Embedded
    private Decision decision;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL)
    @OrderBy("seq")
    private List<TimelineEvent> timeline = new ArrayList<>();

    @Version
    private long version;

    protected Application() {
        // for JPA
    }

    /** A new application in DRAFT with what the input says; nothing is validated yet. */
    public static Application draft(FormDefinition form, ApplicationInput input, Actor actor, Instant now) {
        Application application = new Application();
        application.type = form.getApplicationType();
        application.form = form;
        application.department = form.getApplicationType().getDepartment();
        application.status = ApplicationStatus.DRAFT;
        application.filing = new Filing(input.channel(), actor, now);
        application.updateDraft(input, actor, now);
        application.record(TimelineEventType.CREATED, null, actor, now, null);
        return application;
    }

    /** Replaces what a draft says; only drafts can be changed this way. */
    public void updateDraft(ApplicationInput input, Actor actor, Instant now) {
        if (status != ApplicationStatus.DRAFT) {
            throw new IllegalTransitionException("only a draft can be edited", "transition.notDraft");
        }
        declaration.fill(input);
        replace(household, input.household(), HouseholdMember::new);
        replace(incomes, input.incomes(), DeclaredIncome::new);
        replace(property, input.property(), DeclaredProperty::new);
        updatedAt = now;
    }

    private static <R, I> void replace(List<R> rows, List<I> inputs, Function<I, R> row) {
        rows.clear();
        inputs.forEach(input -> rows.add(row.apply(input)));
    }

    /** The applicant submits the application; it now waits for its registration number. */
    public void submit(String key, Actor actor, Instant now) {
        move(Action.SUBMIT, TimelineEventType.SUBMITTED, actor, now, null);
        filing.submitted(key, now);
    }

    /** Registers it under its number: it joins its department's queue; the legal time runs from receipt. */
    public void register(String number, LocalDate receivedOn, LocalDate deadline, Actor actor, Instant now) {
        move(Action.REGISTER, TimelineEventType.REGISTERED, actor, now, number);
        registration = new Registration(number, receivedOn, deadline);
    }

    public void withdraw(Actor actor, String reason, Instant now) {
        move(Action.WITHDRAW, TimelineEventType.WITHDRAWN, actor, now, reason);
    }

    /** Gives the application to a caseworker; a registered one goes into review. */
    public void assignTo(String caseworker, Actor actor, Instant now) {
        move(Action.ASSIGN, TimelineEventType.ASSIGNED, actor, now, caseworker);
        this.assignedTo = caseworker;
    }

    /** A caseworker's question to the applicant: a request of its own, which the caller keeps. */
    public InformationRequest requestInformation(String text, Actor actor, Instant now) {
        move(Action.REQUEST_INFORMATION, TimelineEventType.INFORMATION_REQUESTED, actor, now, text);
        return new InformationRequest(this, text, now, actor.id());
    }

    /** The applicant answers the open request, which must be one of this application's. */
    public void answerInformation(InformationRequest open, String answerText, Actor actor, Instant now) {
        open.requireOpenOn(this);
        move(Action.ANSWER_INFORMATION, TimelineEventType.INFORMATION_ANSWERED, actor, now, null);
        open.answer(answerText, now, actor.id());
    }

    /**
     * Postpones the decision, with the reason the applicant is told. The new deadline must be
     * later than the current one and at most four months after receipt.
     */
    public void extendDeadline(LocalDate newDeadline, String reason, Actor actor, Instant now) {
        Lifecycle.next(status, Action.EXTEND_DEADLINE, actor.role());
        LocalDate previous = registration.postpone(newDeadline, reason);
        String note = previous + " → " + newDeadline + ": " + reason;
        move(Action.EXTEND_DEADLINE, TimelineEventType.DEADLINE_EXTENDED, actor, now, note);
    }

    public void decide(DecisionInput input, Actor actor, Instant now) {
        String outcome = input.outcome().name();
        move(Action.DECIDE, TimelineEventType.DECIDED, actor, now, outcome);
        this.decision = new Decision(input, now, actor.id());
    }

    /** Proposes a decision that needs a supervisor's approval before it takes effect. */
    public void proposeDecision(DecisionInput input, Actor actor, Instant now) {
        String outcome = input.outcome().name();
        move(Action.PROPOSE_DECISION, TimelineEventType.DECISION_PROPOSED, actor, now, outcome);
        this.decision = Decision.proposed(input, now, actor.id());
    }

    /** A supervisor other than the proposer approves the proposed decision: it takes effect now. */
    public void approveDecision(Actor supervisor, Instant now) {
        move(Action.APPROVE_DECISION, TimelineEventType.DECISION_APPROVED, supervisor, now, null);
        decision.approve(now, supervisor.id()); // refuses the proposer, and the transaction rolls back
    }

    /** A supervisor sends the proposal back for another look; it is dropped. */
    public void returnDecision(String reason, Actor supervisor, Instant now) {
        move(Action.RETURN_DECISION, TimelineEventType.DECISION_RETURNED, supervisor, now, reason);
        this.decision = null;
    }

    public void registerAppeal(String note, Actor actor, Instant now) {
        move(Action.REGISTER_APPEAL, TimelineEventType.APPEAL_REGISTERED, actor, now, note);
    }

    public void close(Actor actor, Instant now) {
        move(Action.CLOSE, TimelineEventType.CLOSED, actor, now, null);
    }

    /** Records a fact from outside the lifecycle, such as register data received. */
    public void note(TimelineEventType eventType, Actor actor, Instant now, String note) {
        record(eventType, status, actor, now, note);
    }

    /** Writes an event to the timeline, from the status before it to the status it is in now. */
    private void record(TimelineEventType type, ApplicationStatus from, Actor actor, Instant now, String note) {
        Channel channel = filing.channelOf(actor);
        timeline.add(new TimelineEvent(this, timeline.size() + 1, now, type, from, status, actor, channel, note));
    }

    private void move(Action action, TimelineEventType eventType, Actor actor, Instant now, String note) {
        ApplicationStatus from = status;
        status = Lifecycle.next(from, action, actor.role());
        updatedAt = now;
        record(eventType, from, actor, now, note);
    }

    public Long getId() {
        return id;
    }

    public Filing getFiling() {
        return filing;
    }

    /** How it was registered; before registration a registration with nothing in it. */
    public Registration getRegistration() {
        return registration == null ? new Registration() : registration;
    }

    public ApplicationType getType() {
        return type;
    }

    public FormDefinition getForm() {
        return form;
    }

    public Department getDepartment() {
        return department;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public Declaration getDeclaration() {
        return declaration;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Optional<String> getAssignedTo() {
        return Optional.ofNullable(assignedTo);
    }

    /** The decision in effect; a proposal awaiting approval is not one. */
    public Optional<Decision> getDecision() {
        return Optional.ofNullable(decision).filter(made -> made.getOutcome() != null && made.isInEffect());
    }

    /** The decision proposed and awaiting a supervisor's approval, if any. */
    public Optional<Decision> getProposedDecision() {
        return status == ApplicationStatus.AWAITING_APPROVAL ? Optional.ofNullable(decision) : Optional.empty();
    }

    public List<HouseholdMember> getHousehold() {
        return List.copyOf(household);
    }

    public List<DeclaredIncome> getIncomes() {
        return List.copyOf(incomes);
    }

    public List<DeclaredProperty> getProperty() {
        return List.copyOf(property);
    }

    public List<TimelineEvent> getTimeline() {
        return List.copyOf(timeline);
    }
}
