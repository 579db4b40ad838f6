package lv.socialais.application;

import static lv.socialais.application.ApplicationStatus.APPEALED;
import static lv.socialais.application.ApplicationStatus.AWAITING_APPROVAL;
import static lv.socialais.application.ApplicationStatus.CLOSED;
import static lv.socialais.application.ApplicationStatus.DECIDED;
import static lv.socialais.application.ApplicationStatus.DRAFT;
import static lv.socialais.application.ApplicationStatus.INFO_REQUESTED;
import static lv.socialais.application.ApplicationStatus.IN_REVIEW;
import static lv.socialais.application.ApplicationStatus.REGISTERED;
import static lv.socialais.application.ApplicationStatus.SUBMITTED;
import static lv.socialais.application.ApplicationStatus.WITHDRAWN;
import static lv.socialais.security.Role.CASEWORKER;
import static lv.socialais.security.Role.FRONT_DESK;
import static lv.socialais.security.Role.REGISTER;
import static lv.socialais.security.Role.RESIDENT;
import static lv.socialais.security.Role.SUPERVISOR;
import static lv.socialais.security.Role.SYSTEM;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import lv.socialais.security.Role;

/**
 * The one state machine of an application: from which statuses each action may start, where
 * it leads and which roles may take it. Whether the particular person may (the applicant
 * himself, a caseworker of the right department) is checked by {@link Access}.
 * <pre>
 * DRAFT → SUBMITTED → REGISTERED → IN_REVIEW ⇄ INFO_REQUESTED
 *                                      ↓ (above the approval threshold: AWAITING_APPROVAL → a supervisor approves)
 *                                   DECIDED → APPEALED → CLOSED
 * DRAFT, SUBMITTED, REGISTERED, IN_REVIEW → WITHDRAWN (the applicant)
 * </pre>
 */
public final class Lifecycle {

    private static final List<Move> MOVES = List.of(
            new Move(Action.SUBMIT, EnumSet.of(DRAFT), SUBMITTED, EnumSet.of(RESIDENT, FRONT_DESK, REGISTER, SYSTEM)),
            new Move(
                    Action.REGISTER,
                    EnumSet.of(SUBMITTED),
                    REGISTERED,
                    EnumSet.of(RESIDENT, FRONT_DESK, REGISTER, SYSTEM)),
            new Move(
                    Action.WITHDRAW,
                    EnumSet.of(DRAFT, SUBMITTED, REGISTERED, IN_REVIEW),
                    WITHDRAWN,
                    EnumSet.of(RESIDENT, FRONT_DESK)),
            new Move(
                    Action.ASSIGN,
                    EnumSet.of(REGISTERED, IN_REVIEW, INFO_REQUESTED),
                    null,
                    EnumSet.of(CASEWORKER, SUPERVISOR)),
            new Move(
                    Action.REQUEST_INFORMATION,
                    EnumSet.of(IN_REVIEW),
                    INFO_REQUESTED,
                    EnumSet.of(CASEWORKER, SUPERVISOR)),
            new Move(
                    Action.ANSWER_INFORMATION, EnumSet.of(INFO_REQUESTED), IN_REVIEW, EnumSet.of(RESIDENT, FRONT_DESK)),
            new Move(
                    Action.EXTEND_DEADLINE,
                    EnumSet.of(REGISTERED, IN_REVIEW, INFO_REQUESTED),
                    null,
                    EnumSet.of(CASEWORKER, SUPERVISOR)),
            new Move(Action.DECIDE, EnumSet.of(IN_REVIEW), DECIDED, EnumSet.of(CASEWORKER, SUPERVISOR)),
            new Move(
                    Action.PROPOSE_DECISION,
                    EnumSet.of(IN_REVIEW),
                    AWAITING_APPROVAL,
                    EnumSet.of(CASEWORKER, SUPERVISOR)),
            new Move(Action.APPROVE_DECISION, EnumSet.of(AWAITING_APPROVAL), DECIDED, EnumSet.of(SUPERVISOR)),
            new Move(Action.RETURN_DECISION, EnumSet.of(AWAITING_APPROVAL), IN_REVIEW, EnumSet.of(SUPERVISOR)),
            new Move(
                    Action.REGISTER_APPEAL,
                    EnumSet.of(DECIDED),
                    APPEALED,
                    EnumSet.of(FRONT_DESK, CASEWORKER, SUPERVISOR)),
            new Move(Action.CLOSE, EnumSet.of(DECIDED, APPEALED), CLOSED, EnumSet.of(CASEWORKER, SUPERVISOR)));

    private Lifecycle() {}

    /**
     * The status an action leads to from a status, for a role.
     *
     * @throws IllegalTransitionException with the reason when the move is not legal
     */
    public static ApplicationStatus next(ApplicationStatus from, Action action, Role role) {
        Move move = MOVES.stream().filter(m -> m.action == action).findFirst().orElseThrow();
        if (!move.from.contains(from)) {
            throw new IllegalTransitionException(action, from, "transition.notFromStatus");
        }
        if (!move.roles.contains(role)) {
            throw new IllegalTransitionException(action, from, "transition.notForRole");
        }
        if (move.to != null) {
            return move.to;
        }
        // Assigning a registered application starts its review; the other moves without a
        // target (assigning again, extending the deadline) keep the status.
        return action == Action.ASSIGN && from == REGISTERED ? IN_REVIEW : from;
    }

    /** The actions a role may take on an application in a status, for the screens to offer. */
    public static Set<Action> allowed(ApplicationStatus from, Role role) {
        Set<Action> allowed = EnumSet.noneOf(Action.class);
        MOVES.stream()
                .filter(m -> m.from.contains(from) && m.roles.contains(role))
                .forEach(m -> allowed.add(m.action));
        return allowed;
    }

    private record Move(Action action, Set<ApplicationStatus> from, ApplicationStatus to, Set<Role> roles) {}
}
