package lv.socialais.staff;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import lv.socialais.administration.Administrators;
import lv.socialais.administration.ChangeRejected;
import lv.socialais.audit.AuditAction;
import lv.socialais.audit.AuditSubject;
import lv.socialais.audit.AuditTrail;
import lv.socialais.catalog.Department;
import lv.socialais.security.Actor;
import lv.socialais.security.Role;

/**
 * The staff users as the administrator manages them: created, given roles and a department, a
 * new password, unlocked, deactivated. Every change is audited. Signing in is {@link StaffSignIns}.
 */
@Stateless
public class StaffDirectory {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private StaffPasswords passwords;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /**
     * Creates a staff user. An administrator's new user gets a password by {@link PasswordRule};
     * the product's own set-up (development users) is not an administrator and is not checked.
     */
    public StaffUser create(
            String username, String displayName, char[] password, Set<Role> roles, String departmentCode, Actor admin) {
        String name = username == null ? "" : username.strip();
        if (admin.role() != Role.SYSTEM) {
            Administrators.require(admin);
            if (!USERNAME.matcher(name).matches()) {
                throw new ChangeRejected("admin.staff.username.invalid");
            }
            if (displayName == null
                    || displayName.isBlank()
                    || displayName.strip().length() > 200) {
                throw new ChangeRejected("admin.staff.displayName.invalid");
            }
            if (byUsername(name).isPresent()) {
                throw new ChangeRejected("admin.staff.exists", name);
            }
            checkRoles(roles, departmentCode);
            PasswordRule.check(password, name);
        }
        StaffUser user = new StaffUser(
                name,
                displayName.strip(),
                passwords.hash(password),
                department(departmentCode),
                roles,
                clock.instant());
        entityManager.persist(user);
        entityManager.flush();
        audit.record(
                admin,
                AuditAction.STAFF_USER_CREATED,
                AuditSubject.STAFF_USER,
                user.getId(),
                name + " " + roles + " " + departmentCode);
        return user;
    }

    public void changeRoles(String username, Set<Role> roles, String departmentCode, Actor admin) {
        Administrators.require(admin);
        StaffUser user = existing(username);
        checkRoles(roles, departmentCode);
        if (user.getUsername().equals(admin.id()) && !roles.contains(Role.ADMIN)) {
            throw new ChangeRejected("admin.staff.ownAdminRole");
        }
        String before = user.getRoles() + " "
                + user.getDepartment().map(Department::getCode).orElse(null);
        user.changeRoles(roles, department(departmentCode));
        audit.record(
                admin,
                AuditAction.STAFF_ROLES_CHANGED,
                AuditSubject.STAFF_USER,
                user.getId(),
                before + " → " + roles + " " + departmentCode);
    }

    /** An administrator sets a new password (by {@link PasswordRule}); it also lifts a lockout. */
    public void changePassword(String username, char[] password, Actor admin) {
        Administrators.require(admin);
        StaffUser user = existing(username);
        PasswordRule.check(password, user.getUsername());
        user.changePassword(passwords.hash(password));
        audit.record(admin, AuditAction.STAFF_PASSWORD_CHANGED, AuditSubject.STAFF_USER, user.getId(), null);
    }

    /** Lifts the lockout after repeated failed sign-ins, e.g. once the administrator has spoken with the user. */
    public void unlock(String username, Actor admin) {
        Administrators.require(admin);
        StaffUser user = existing(username);
        user.succeededSignIn();
        audit.record(admin, AuditAction.STAFF_USER_UNLOCKED, AuditSubject.STAFF_USER, user.getId(), null);
    }

    public void deactivate(String username, Actor admin) {
        Administrators.require(admin);
        StaffUser user = existing(username);
        if (user.getUsername().equals(admin.id())) {
            throw new ChangeRejected("admin.staff.ownAccount");
        }
        user.deactivate();
        audit.record(admin, AuditAction.STAFF_USER_DEACTIVATED, AuditSubject.STAFF_USER, user.getId(), null);
    }

    /** Whether the user cannot sign in now because of failed attempts. */
    public boolean isLocked(StaffUser user) {
        return user.isLocked(clock.instant());
    }

    private StaffUser existing(String username) {
        return byUsername(username).orElseThrow(() -> new ChangeRejected("admin.staff.unknown", username));
    }

    /** At least one staff role, and a department that exists. */
    private void checkRoles(Set<Role> roles, String departmentCode) {
        if (roles == null || roles.isEmpty() || !roles.stream().allMatch(Role::isStaff)) {
            throw new ChangeRejected("admin.staff.roles.invalid");
        }
        // A caseworker sees only his department's applications: without one he would see none.
        boolean wide = roles.contains(Role.SUPERVISOR) || roles.contains(Role.ADMIN);
        if (roles.contains(Role.CASEWORKER) && !wide && (departmentCode == null || departmentCode.isBlank())) {
            throw new ChangeRejected("admin.staff.department.invalid");
        }
        if (departmentCode != null
                && !departmentCode.isBlank()
                && entityManager
                                .createQuery("SELECT COUNT(d) FROM Department d WHERE d.code = :code", Long.class)
                                .setParameter("code", departmentCode)
                                .getSingleResult()
                        == 0) {
            throw new ChangeRejected("admin.staff.department.invalid");
        }
    }

    public Optional<StaffUser> byUsername(String username) {
        return entityManager
                .createQuery("SELECT u FROM StaffUser u WHERE u.username = :name", StaffUser.class)
                .setParameter("name", username == null ? "" : username.strip())
                .getResultStream()
                .findFirst();
    }

    public List<StaffUser> all() {
        return entityManager
                .createQuery("SELECT u FROM StaffUser u ORDER BY u.username", StaffUser.class)
                .getResultList();
    }

    private Department department(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return entityManager
                .createQuery("SELECT d FROM Department d WHERE d.code = :code", Department.class)
                .setParameter("code", code)
                .getSingleResult();
    }
}
