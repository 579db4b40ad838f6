package lv.socialais.application;

import lv.socialais.security.Actor;

/**
 * Who may see and act on a particular application, beyond what the lifecycle allows a role:
 * residents their own applications (and, to read, those of households they belong to), staff
 * their department's unless they supervise or administer, and a caseworker only the
 * applications assigned to him for the acts of review.
 */
public final class Access {

    private Access() {
    }

    public static boolean maySee(Application application, Actor actor) {
        if (application.getStatus() == ApplicationStatus.DRAFT) {
            return application.getFiledBy().equals(actor.id()); // a draft is its filer's alone
        }
        return switch (actor.role()) {
            case RESIDENT -> application.concerns(actor.id());
            case FRONT_DESK, SUPERVISOR, ADMIN, SYSTEM, REGISTER -> true;
            case CASEWORKER -> inDepartment(application, actor);
        };
    }

    /** @throws IllegalTransitionException when the actor may not take the action on this application */
    public static void requireMayAct(Application application, Actor actor, Action action) {
        boolean allowed = switch (actor.role()) {
            case RESIDENT -> isApplicant(application, actor);
            case CASEWORKER -> inDepartment(application, actor) && (action == Action.ASSIGN
                    || action == Action.REGISTER_APPEAL || isAssignee(application, actor));
            case SUPERVISOR, FRONT_DESK, SYSTEM, REGISTER -> true;
            case ADMIN -> false;
        };
        if (!allowed) {
            throw new IllegalTransitionException(actor + " may not " + action + " application " + application.getId(),
                    "transition.notYours");
        }
    }

    private static boolean isApplicant(Application application, Actor actor) {
        return application.getApplicant().getPersonalCode().equals(actor.id());
    }

    private static boolean inDepartment(Application application, Actor actor) {
        return actor.seesAllDepartments()
                || actor.department().map(application.getDepartment().getCode()::equals).orElse(false);
    }

    private static boolean isAssignee(Application application, Actor actor) {
        return application.getAssignedTo().map(actor.id()::equals).orElse(false);
    }
}
