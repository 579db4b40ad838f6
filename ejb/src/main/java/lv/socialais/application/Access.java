package lv.socialais.application;

import lv.socialais.person.PersonalCode;
import lv.socialais.security.Actor;
import lv.socialais.security.Role;

/**
 * Who may see and act on a particular application, beyond what the lifecycle allows a role:
 * residents their own applications (and, to read, those of households they belong to), staff
 * their department's unless they supervise or administer, and a caseworker only the
 * applications assigned to him for the acts of review.
 */
public final class Access {

    private Access() {}

    public static boolean maySee(Application application, Actor actor) {
        if (application.getStatus() == ApplicationStatus.DRAFT) {
            return application.getFiling().getFiledBy().equals(actor.id()); // a draft is its filer's alone
        }
        return switch (actor.role()) {
            case RESIDENT -> concerns(application, actor.id());
            case FRONT_DESK, SUPERVISOR, ADMIN, SYSTEM, REGISTER -> true;
            case CASEWORKER -> inDepartment(application, actor);
        };
    }

    /** True for the applicant himself and for the members of the household he declared. */
    public static boolean concerns(Application application, String personalCode) {
        return application.getDeclaration().getApplicant().getPersonalCode().equals(personalCode)
                || application.getHousehold().stream()
                        .anyMatch(member -> member.getPersonalCode().equals(personalCode));
    }

    /** @throws IllegalTransitionException when the actor may not take the action on this application */
    public static void requireMayAct(Application application, Actor actor, Action action) {
        boolean allowed = switch (actor.role()) {
            case RESIDENT -> isApplicant(application, actor);
            case CASEWORKER ->
                inDepartment(application, actor)
                        && (action == Action.ASSIGN
                                || action == Action.REGISTER_APPEAL
                                || isAssignee(application, actor));
            case SUPERVISOR, FRONT_DESK, SYSTEM, REGISTER -> true;
            case ADMIN -> false;
        };
        if (!allowed) {
            throw new IllegalTransitionException(
                    actor + " may not " + action + " application " + application.getId(), "transition.notYours");
        }
    }

    /**
     * A resident files for himself, through the portal. Filing for someone else is the front
     * desk's (FRONT_DESK channel, signed on paper) or arrives from the state portal.
     *
     * @throws IllegalTransitionException when a resident files for another person or through another channel
     */
    public static void requireMayFile(ApplicationInput input, Actor actor) {
        if (actor.role() != Role.RESIDENT) {
            return;
        }
        String applicant = input.applicant() == null ? null : input.applicant().personalCode();
        // A missing or invalid code is refused by the validation, which names it.
        boolean himself = applicant == null
                || !PersonalCode.isValid(applicant)
                || PersonalCode.of(applicant).value().equals(actor.id());
        if (!himself || input.channel() != Channel.ONLINE) {
            throw new IllegalTransitionException(
                    actor + " may not file for another person or through " + input.channel(), "transition.notYours");
        }
    }

    private static boolean isApplicant(Application application, Actor actor) {
        return application.getDeclaration().getApplicant().getPersonalCode().equals(actor.id());
    }

    private static boolean inDepartment(Application application, Actor actor) {
        return actor.seesAllDepartments()
                || actor.department()
                        .map(application.getDepartment().getCode()::equals)
                        .orElse(false);
    }

    private static boolean isAssignee(Application application, Actor actor) {
        return application.getAssignedTo().map(actor.id()::equals).orElse(false);
    }
}
