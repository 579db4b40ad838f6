package lv.socialais.portal.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.Set;
import lv.socialais.portal.testing.Deployments;
import lv.socialais.security.Actor;
import lv.socialais.security.Role;
import lv.socialais.staff.DevelopmentStaff;
import lv.socialais.staff.StaffDirectory;
import lv.socialais.staff.StaffSignIn;
import lv.socialais.staff.StaffSignIn.Outcome;
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

    @Test
    void theDevelopmentUsersExistWithTheirRolesAndDepartments() {
        for (DevelopmentStaff.DevelopmentUser expected : DevelopmentStaff.USERS) {
            StaffUser user = directory.byUsername(expected.username()).orElseThrow();
            assertEquals(expected.roles(), user.getRoles());
            assertEquals(expected.department(), user.getDepartment().map(d -> d.getCode()).orElse(null));
        }
        StaffSignIn signIn = directory.signIn("ilze", "portal-test-staff".toCharArray());
        assertEquals(Outcome.SIGNED_IN, signIn.outcome());
        assertEquals("SOCIAL_ASSISTANCE", signIn.identity().orElseThrow().departmentCode());
    }

    @Test
    void aPasswordIsStoredAsAPbkdf2HashAndChecked() {
        directory.create("kaspars", "Kaspars Kārkliņš", "Slepens-123".toCharArray(), Set.of(Role.CASEWORKER),
                "FAMILIES_WITH_CHILDREN", ADMIN);

        assertEquals(Outcome.SIGNED_IN, directory.signIn("kaspars", "Slepens-123".toCharArray()).outcome());
        assertEquals(Outcome.INVALID, directory.signIn("kaspars", "slepens-123".toCharArray()).outcome());
        assertEquals(Outcome.INVALID, directory.signIn("nav-tada", "Slepens-123".toCharArray()).outcome());
    }

    @Test
    void repeatedFailuresLockTheAccountEvenAgainstTheRightPassword() {
        directory.create("liene", "Liene Liepa", "Pareiza-Parole-1".toCharArray(), Set.of(Role.FRONT_DESK), null, ADMIN);

        for (int i = 1; i <= 4; i++) {
            assertEquals(Outcome.INVALID, directory.signIn("liene", "nepareiza".toCharArray()).outcome(), "attempt " + i);
        }
        assertEquals(Outcome.LOCKED, directory.signIn("liene", "nepareiza".toCharArray()).outcome(), "the fifth locks");
        assertEquals(Outcome.LOCKED, directory.signIn("liene", "Pareiza-Parole-1".toCharArray()).outcome());
        assertTrue(directory.byUsername("liene").orElseThrow().getLockedUntil().isPresent());
    }

    @Test
    void anAdministratorChangesRolesAndDeactivates() {
        directory.create("peteris", "Pēteris Pētersons", "Parole-Peterim-1".toCharArray(), Set.of(Role.FRONT_DESK), null, ADMIN);

        directory.changeRoles("peteris", Set.of(Role.CASEWORKER, Role.SUPERVISOR), "SOCIAL_ASSISTANCE", ADMIN);
        StaffSignIn signIn = directory.signIn("peteris", "Parole-Peterim-1".toCharArray());
        assertEquals(Set.of(Role.CASEWORKER, Role.SUPERVISOR), signIn.identity().orElseThrow().roles());

        directory.deactivate("peteris", ADMIN);
        assertEquals(Outcome.INVALID, directory.signIn("peteris", "Parole-Peterim-1".toCharArray()).outcome());
        assertFalse(directory.byUsername("peteris").orElseThrow().isActive());
    }
}
