package lv.socialais.staff;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import lv.socialais.audit.AuditAction;
import lv.socialais.audit.AuditSubject;
import lv.socialais.audit.AuditTrail;
import lv.socialais.security.Actor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A member of staff signs in with his user name and password. Repeated failures lock the
 * account for a while (STAFF_MAX_FAILED_SIGN_INS, STAFF_LOCKOUT_MINUTES), counted atomically by
 * {@link FailedSignIns}. A locked or inactive account never signs in; an unknown user name
 * costs as much time as a known one. Every attempt is audited.
 */
@Stateless
public class StaffSignIns {

    private static final Actor SIGN_IN = Actor.system("staff-sign-in");

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private StaffPasswords passwords;

    @Inject
    private FailedSignIns failures;

    @Inject
    private AuditTrail audit;

    @Inject
    @ConfigProperty(name = "STAFF_MAX_FAILED_SIGN_INS", defaultValue = "5")
    private int maxFailedSignIns;

    @Inject
    @ConfigProperty(name = "STAFF_LOCKOUT_MINUTES", defaultValue = "15")
    private int lockoutMinutes;

    @Inject
    private Clock clock;

    public StaffSignIn signIn(String username, char[] password) {
        Instant now = clock.instant();
        Optional<StaffUser> found = entityManager
                .createQuery("SELECT u FROM StaffUser u WHERE u.username = :name", StaffUser.class)
                .setParameter("name", username == null ? "" : username.strip())
                .getResultStream()
                .findFirst()
                .filter(StaffUser::isActive);
        if (found.isEmpty()) {
            passwords.checkAgainstNobody(password);
            audit.record(
                    SIGN_IN, AuditAction.SIGN_IN_FAILED, AuditSubject.STAFF_USER, null, "unknown or inactive user");
            return StaffSignIn.refused(StaffSignIn.Outcome.INVALID);
        }
        StaffUser user = found.get();
        boolean matches = passwords.matches(password, user.getPasswordHash());
        // Checked after the hash, so that a locked account answers as slowly as any other.
        if (failures.isLocked(user.getId(), now)) {
            audit.record(
                    SIGN_IN, AuditAction.SIGN_IN_LOCKED, AuditSubject.STAFF_USER, user.getId(), user.getUsername());
            return StaffSignIn.refused(StaffSignIn.Outcome.LOCKED);
        }
        if (!matches) {
            boolean locked =
                    failures.count(user.getId(), maxFailedSignIns, now.plus(Duration.ofMinutes(lockoutMinutes)));
            audit.record(
                    SIGN_IN,
                    locked ? AuditAction.ACCOUNT_LOCKED : AuditAction.SIGN_IN_FAILED,
                    AuditSubject.STAFF_USER,
                    user.getId(),
                    user.getUsername());
            return StaffSignIn.refused(locked ? StaffSignIn.Outcome.LOCKED : StaffSignIn.Outcome.INVALID);
        }
        user.succeededSignIn();
        audit.record(
                Actor.staff(user.getUsername(), user.getRoles().iterator().next(), null),
                AuditAction.SIGNED_IN,
                AuditSubject.STAFF_USER,
                user.getId(),
                null);
        return StaffSignIn.signedIn(user);
    }
}
