package lv.socialais.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import lv.socialais.administration.Administrators;
import lv.socialais.administration.ChangeRejected;
import lv.socialais.audit.AuditTrail;
import lv.socialais.catalog.Department;
import lv.socialais.security.Actor;
import lv.socialais.security.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The staff users: signing in with the lockout after repeated failures, and the
 * administrator's management of users and roles. Every sign-in and change is audited.
 */
@Stateless
public class StaffDirectory {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    private static final Actor SIGN_IN = Actor.system("staff-sign-in");

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @Inject
    private AuditTrail audit;

    @Inject
    @ConfigProperty(name = "STAFF_MAX_FAILED_SIGN_INS", defaultValue = "5")
    private int maxFailedSignIns;

    @Inject
    @ConfigProperty(name = "STAFF_LOCKOUT_MINUTES", defaultValue = "15")
    private int lockoutMinutes;

    private final Clock clock = Clock.systemUTC();

    @PostConstruct
    void configureHash() {
        passwordHash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    /** Checks a user name and password; a locked or inactive account never signs in. */
    public StaffSignIn signIn(String username, char[] password) {
        Instant now = clock.instant();
        Optional<StaffUser> found = byUsername(username).filter(StaffUser::isActive);
        if (found.isEmpty()) {
            audit.record(SIGN_IN, "SIGN_IN_FAILED", "STAFF_USER", null, "unknown or inactive user");
            return StaffSignIn.refused(StaffSignIn.Outcome.INVALID);
        }
        StaffUser user = found.get();
        if (user.isLocked(now)) {
            audit.record(SIGN_IN, "SIGN_IN_LOCKED", "STAFF_USER", user.getId(), user.getUsername());
            return StaffSignIn.refused(StaffSignIn.Outcome.LOCKED);
        }
        if (!passwordHash.verify(password, user.getPasswordHash())) {
            user.failedSignIn(now, maxFailedSignIns, Duration.ofMinutes(lockoutMinutes));
            audit.record(SIGN_IN, user.isLocked(now) ? "ACCOUNT_LOCKED" : "SIGN_IN_FAILED", "STAFF_USER", user.getId(),
                    user.getUsername());
            return StaffSignIn.refused(user.isLocked(now) ? StaffSignIn.Outcome.LOCKED : StaffSignIn.Outcome.INVALID);
        }
        user.succeededSignIn();
        audit.record(Actor.staff(user.getUsername(), user.getRoles().iterator().next(), null), "SIGNED_IN",
                "STAFF_USER", user.getId(), null);
        return StaffSignIn.signedIn(user);
    }

    /**
     * Creates a staff user. An administrator's new user gets a password by {@link PasswordRule};
     * the product's own set-up (development users) is not an administrator and is not checked.
     */
    public StaffUser create(String username, String displayName, char[] password, Set<Role> roles, String departmentCode,
                            Actor admin) {
        String name = username == null ? "" : username.strip();
        if (admin.role() != Role.SYSTEM) {
            Administrators.require(admin);
            if (!USERNAME.matcher(name).matches()) {
                throw new ChangeRejected("admin.staff.username.invalid");
            }
            if (displayName == null || displayName.isBlank() || displayName.strip().length() > 200) {
                throw new ChangeRejected("admin.staff.displayName.invalid");
            }
            if (byUsername(name).isPresent()) {
                throw new ChangeRejected("admin.staff.exists", name);
            }
            checkRoles(roles, departmentCode);
            PasswordRule.check(password, name);
        }
        StaffUser user = new StaffUser(name, displayName.strip(), passwordHash.generate(password), department(departmentCode),
                roles, clock.instant());
        entityManager.persist(user);
        entityManager.flush();
        audit.record(admin, "STAFF_USER_CREATED", "STAFF_USER", user.getId(), name + " " + roles + " " + departmentCode);
        return user;
    }

    public void changeRoles(String username, Set<Role> roles, String departmentCode, Actor admin) {
        Administrators.require(admin);
        StaffUser user = existing(username);
        checkRoles(roles, departmentCode);
        if (user.getUsername().equals(admin.id()) && !roles.contains(Role.ADMIN)) {
            throw new ChangeRejected("admin.staff.ownAdminRole");
        }
        String before = user.getRoles() + " " + user.getDepartment().map(Department::getCode).orElse(null);
        user.changeRoles(roles, department(departmentCode));
        audit.record(admin, "STAFF_ROLES_CHANGED", "STAFF_USER", user.getId(), before + " → " + roles + " " + departmentCode);
    }

    /** An administrator sets a new password (by {@link PasswordRule}); it also lifts a lockout. */
    public void changePassword(String username, char[] password, Actor admin) {
        Administrators.require(admin);
        StaffUser user = existing(username);
        PasswordRule.check(password, user.getUsername());
        user.changePassword(passwordHash.generate(password));
        audit.record(admin, "STAFF_PASSWORD_CHANGED", "STAFF_USER", user.getId(), null);
    }

    /** Lifts the lockout after repeated failed sign-ins, e.g. once the administrator has spoken with the user. */
    public void unlock(String username, Actor admin) {
        Administrators.require(admin);
        StaffUser user = existing(username);
        user.succeededSignIn();
        audit.record(admin, "STAFF_USER_UNLOCKED", "STAFF_USER", user.getId(), null);
    }

    public void deactivate(String username, Actor admin) {
        Administrators.require(admin);
        StaffUser user = existing(username);
        if (user.getUsername().equals(admin.id())) {
            throw new ChangeRejected("admin.staff.ownAccount");
        }
        user.deactivate();
        audit.record(admin, "STAFF_USER_DEACTIVATED", "STAFF_USER", user.getId(), null);
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
        if (departmentCode != null && !departmentCode.isBlank() && entityManager.createQuery(
                "SELECT COUNT(d) FROM Department d WHERE d.code = :code", Long.class).setParameter("code", departmentCode)
                .getSingleResult() == 0) {
            throw new ChangeRejected("admin.staff.department.invalid");
        }
    }

    public Optional<StaffUser> byUsername(String username) {
        return entityManager.createQuery("SELECT u FROM StaffUser u WHERE u.username = :name", StaffUser.class)
                .setParameter("name", username == null ? "" : username.strip())
                .getResultStream().findFirst();
    }

    public List<StaffUser> all() {
        return entityManager.createQuery("SELECT u FROM StaffUser u ORDER BY u.username", StaffUser.class).getResultList();
    }

    private Department department(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return entityManager.createQuery("SELECT d FROM Department d WHERE d.code = :code", Department.class)
                .setParameter("code", code)
                .getSingleResult();
    }
}
