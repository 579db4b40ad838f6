package lv.socialais.portal.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import lv.socialais.security.Actor;
import lv.socialais.security.Role;
import lv.socialais.staff.StaffDirectory;
import lv.socialais.staff.StaffUser;

/**
 * The signed-in member of staff as the core's use cases know him: his user name, the role he
 * acts in (the highest he has) and his department.
 */
@Named
@RequestScoped
public class CurrentStaff {

    /** The order in which a user with several roles acts: the widest rights first. */
    private static final List<Role> PRECEDENCE = List.of(Role.ADMIN, Role.SUPERVISOR, Role.CASEWORKER, Role.FRONT_DESK);

    @Inject
    private SecurityContext security;

    @Inject
    private StaffDirectory directory;

    private Actor actor;
    private String displayName;

    public Actor actor() {
        if (actor == null) {
            StaffUser user = directory
                    .byUsername(security.getCallerPrincipal().getName())
                    .filter(StaffUser::isActive)
                    .orElseThrow(() -> new IllegalStateException("not a staff user"));
            Role role = PRECEDENCE.stream()
                    .filter(user.getRoles()::contains)
                    .findFirst()
                    .orElseThrow();
            actor = Actor.staff(
                    user.getUsername(),
                    role,
                    user.getDepartment().map(d -> d.getCode()).orElse(null));
            displayName = user.getDisplayName();
        }
        return actor;
    }

    /**
     * The member of staff acting at the front desk, whatever other roles he has: filing for a
     * walk-in applicant is front-desk work.
     *
     * @throws IllegalStateException when he has no front-desk role
     */
    public Actor atFrontDesk() {
        Actor acting = actor();
        if (!isIn(Role.FRONT_DESK)) {
            throw new IllegalStateException("not at the front desk");
        }
        return Actor.staff(acting.id(), Role.FRONT_DESK, acting.departmentCode());
    }

    public String getDisplayName() {
        actor();
        return displayName;
    }

    public Role getRole() {
        return actor().role();
    }

    /** Whether he has the role (pages name it as a string, which EL turns into the enum, a typo failing loudly). */
    public boolean isIn(Role role) {
        return security.isCallerInRole(role.name());
    }
}
