package lv.socialais.security;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * The person or system on whose behalf a use case runs: an id (a staff user name, a
 * resident's personal code, a register's name), the role in which he acts and, for staff,
 * the department he works in. Built by the entry point (portal, SOAP endpoint, scheduler)
 * from what authenticated the call; the core decides what the actor may do.
 */
public record Actor(String id, Role role, String departmentCode) implements Serializable {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
    }

    public static Actor resident(String personalCode) {
        return new Actor(personalCode, Role.RESIDENT, null);
    }

    public static Actor staff(String userName, Role role, String departmentCode) {
        return new Actor(userName, role, departmentCode);
    }

    public static Actor system(String name) {
        return new Actor(name, Role.SYSTEM, null);
    }

    public Optional<String> department() {
        return Optional.ofNullable(departmentCode);
    }

    /** Supervisors and administrators see every department; other staff only their own. */
    public boolean seesAllDepartments() {
        return role == Role.SUPERVISOR || role == Role.ADMIN;
    }

    /** The id as it may appear in a log: a resident's personal code is masked. */
    public String displayId() {
        return role == Role.RESIDENT && id.length() == 11 ? id.substring(0, 6) + "-*****" : id;
    }

    @Override
    public String toString() {
        return role + ":" + displayId();
    }
}
