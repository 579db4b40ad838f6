package lv.socialais.portal.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import lv.socialais.audit.AuditSubject;
import lv.socialais.audit.AuditTrail;
import lv.socialais.portal.testing.Deployments;
import lv.socialais.security.Actor;
import lv.socialais.security.Role;
import lv.socialais.staff.DevelopmentStaff;
import lv.socialais.staff.StaffDirectory;
import lv.socialais.staff.StaffSignIn;
import lv.socialais.staff.StaffSignIn.Outcome;
import lv.socialais.staff.StaffSignIns;
import lv.socialais.staff.StaffUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Staff users in the database: PBKDF2 passwords, lockout after repeated failures, management. */
@ExtendWith(ArquillianExtension.class)
class StaffDirectoryIT {

    private static final Actor ADMIN = Actor.staff("admins", Role.ADMIN, null);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal().addClass(StaffDirectoryIT.class);
    }

    @Inject
    private StaffDirectory directory;

    @Inject
    private StaffSignIns signIns;

    @Inject
    private AuditTrail audit;

    /** The guessers: container threads, as parallel requests would be. */
    @Resource
    private ManagedExecutorService guessers;

    @Test
    void theDevelopmentUsersExistWithTheirRolesAndDepartments() {
        for (DevelopmentStaff.DevelopmentUser expected : DevelopmentStaff.USERS) {
            StaffUser user = directory.byUsername(expected.username()).orElseThrow();
            assertEquals(expected.roles(), user.getRoles());
            assertEquals(
                    expected.department(),
                    user.getDepartment().map(d -> d.getCode()).orElse(null));
        }
        StaffSignIn signIn = signIns.signIn("ilze", "portal-test-staff".toCharArray());
        assertEquals(Outcome.SIGNED_IN, signIn.outcome());
        assertEquals("SOCIAL_ASSISTANCE", signIn.identity().orElseThrow().departmentCode());
    }

    @Test
    void aPasswordIsStoredAsAPbkdf2HashAndChecked() {
        directory.create(
                "kaspars",
                "Kaspars Kārkliņš",
                "Slepens-123".toCharArray(),
                Set.of(Role.CASEWORKER),
                "FAMILIES_WITH_CHILDREN",
                ADMIN);

        assertEquals(
                Outcome.SIGNED_IN,
                signIns.signIn("kaspars", "Slepens-123".toCharArray()).outcome());
        assertEquals(
                Outcome.INVALID,
                signIns.signIn("kaspars", "slepens-123".toCharArray()).outcome());
        assertEquals(
                Outcome.INVALID,
                signIns.signIn("nav-tada", "Slepens-123".toCharArray()).outcome());
    }

    @Test
    void repeatedFailuresLockTheAccountEvenAgainstTheRightPassword() {
        directory.create(
                "liene", "Liene Liepa", "Pareiza-Parole-1".toCharArray(), Set.of(Role.FRONT_DESK), null, ADMIN);

        for (int i = 1; i <= 4; i++) {
            assertEquals(
                    Outcome.INVALID,
                    signIns.signIn("liene", "nepareiza".toCharArray()).outcome(),
                    "attempt " + i);
        }
        assertEquals(
                Outcome.LOCKED,
                signIns.signIn("liene", "nepareiza".toCharArray()).outcome(),
                "the fifth locks");
        assertEquals(
                Outcome.LOCKED,
                signIns.signIn("liene", "Pareiza-Parole-1".toCharArray()).outcome());
        assertTrue(directory.byUsername("liene").orElseThrow().getLockedUntil().isPresent());
    }

    @Test
    void fiftyParallelWrongGuessesThenTheRightOneIsStillLocked() throws Exception {
        directory.create(
                "guntars", "Guntars Gaujiņš", "Pareiza-Parole-2".toCharArray(), Set.of(Role.FRONT_DESK), null, ADMIN);
        List<Callable<Outcome>> guesses = IntStream.range(0, 50)
                .<Callable<Outcome>>mapToObj(i -> () -> signIns.signIn("guntars", ("minejums-" + i).toCharArray())
                        .outcome())
                .toList();
        for (Future<Outcome> guess : guessers.invokeAll(guesses)) {
            assertTrue(guess.get() != Outcome.SIGNED_IN);
        }

        assertEquals(
                Outcome.LOCKED,
                signIns.signIn("guntars", "Pareiza-Parole-2".toCharArray()).outcome(),
                "no wrong guess was lost to a conflict: the account is locked");
        assertTrue(
                audit
                                .about(
                                        AuditSubject.STAFF_USER,
                                        directory
                                                .byUsername("guntars")
                                                .orElseThrow()
                                                .getId())
                                .stream()
                                .filter(event -> event.getAction().equals("ACCOUNT_LOCKED")
                                        || event.getAction().equals("SIGN_IN_FAILED")
                                        || event.getAction().equals("SIGN_IN_LOCKED"))
                                .count()
                        >= 50,
                "every guess is in the audit trail");
    }

    @Test
    void anUnknownUserNameCostsTheTimeOfAWrongPassword() {
        directory.create("dace", "Dace Dzene", "Pareiza-Parole-3".toCharArray(), Set.of(Role.FRONT_DESK), null, ADMIN);
        signIns.signIn("nav-tada-lietotaja", "x".toCharArray()); // warms both paths up
        signIns.signIn("dace", "Pareiza-Parole-3".toCharArray());

        long known = medianNanos(() -> signIns.signIn("dace", "nepareiza".toCharArray()));
        signIns.signIn("dace", "Pareiza-Parole-3".toCharArray()); // the count starts again, no lockout
        long unknown = medianNanos(() -> signIns.signIn("nav-tada-lietotaja", "nepareiza".toCharArray()));

        // Without the dummy hash an unknown name answers in about a hundredth of the time.
        assertTrue(
                unknown * 3 > known,
                "unknown " + unknown / 1_000_000 + " ms against known " + known / 1_000_000 + " ms");
    }

    private static long medianNanos(Runnable attempt) {
        long[] times = new long[3];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            attempt.run();
            times[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(times);
        return times[1];
    }

    @Test
    void anAdministratorChangesRolesAndDeactivates() {
        directory.create(
                "peteris", "Pēteris Pētersons", "Parole-Peterim-1".toCharArray(), Set.of(Role.FRONT_DESK), null, ADMIN);

        directory.changeRoles("peteris", Set.of(Role.CASEWORKER, Role.SUPERVISOR), "SOCIAL_ASSISTANCE", ADMIN);
        StaffSignIn signIn = signIns.signIn("peteris", "Parole-Peterim-1".toCharArray());
        assertEquals(
                Set.of(Role.CASEWORKER, Role.SUPERVISOR),
                signIn.identity().orElseThrow().roles());

        directory.deactivate("peteris", ADMIN);
        assertEquals(
                Outcome.INVALID,
                signIns.signIn("peteris", "Parole-Peterim-1".toCharArray()).outcome());
        assertFalse(directory.byUsername("peteris").orElseThrow().isActive());
    }
}
