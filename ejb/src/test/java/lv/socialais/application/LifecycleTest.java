package lv.socialais.application;

import static lv.socialais.application.ApplicationStatus.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import lv.socialais.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LifecycleTest {

    @ParameterizedTest(name = "{1} by {2} takes {0} to {3}")
    @CsvSource({
        "DRAFT, SUBMIT, RESIDENT, SUBMITTED",
        "SUBMITTED, REGISTER, FRONT_DESK, REGISTERED",
        "REGISTERED, ASSIGN, CASEWORKER, IN_REVIEW",
        "IN_REVIEW, ASSIGN, SUPERVISOR, IN_REVIEW",
        "IN_REVIEW, REQUEST_INFORMATION, CASEWORKER, INFO_REQUESTED",
        "INFO_REQUESTED, ANSWER_INFORMATION, RESIDENT, IN_REVIEW",
        "INFO_REQUESTED, EXTEND_DEADLINE, CASEWORKER, INFO_REQUESTED",
        "IN_REVIEW, DECIDE, CASEWORKER, DECIDED",
        "IN_REVIEW, PROPOSE_DECISION, CASEWORKER, AWAITING_APPROVAL",
        "AWAITING_APPROVAL, APPROVE_DECISION, SUPERVISOR, DECIDED",
        "AWAITING_APPROVAL, RETURN_DECISION, SUPERVISOR, IN_REVIEW",
        "DECIDED, REGISTER_APPEAL, FRONT_DESK, APPEALED",
        "APPEALED, CLOSE, SUPERVISOR, CLOSED",
        "DECIDED, CLOSE, CASEWORKER, CLOSED",
        "REGISTERED, WITHDRAW, RESIDENT, WITHDRAWN",
        "IN_REVIEW, WITHDRAW, FRONT_DESK, WITHDRAWN",
    })
    void legalMoves(ApplicationStatus from, Action action, Role role, ApplicationStatus to) {
        assertEquals(to, Lifecycle.next(from, action, role));
    }

    @ParameterizedTest(name = "{1} from {0} is refused")
    @CsvSource({
        "DRAFT, DECIDE",
        "REGISTERED, DECIDE",
        "DECIDED, WITHDRAW",
        "INFO_REQUESTED, WITHDRAW",
        "CLOSED, REGISTER_APPEAL",
        "WITHDRAWN, ASSIGN",
        "DECIDED, DECIDE",
        "IN_REVIEW, ANSWER_INFORMATION",
        "CLOSED, EXTEND_DEADLINE",
    })
    void illegalMovesAreRefusedWhateverTheRole(ApplicationStatus from, Action action) {
        IllegalTransitionException e =
                assertThrows(IllegalTransitionException.class, () -> Lifecycle.next(from, action, Role.SUPERVISOR));
        assertEquals("transition.notFromStatus", e.reasonKey());
    }

    @ParameterizedTest(name = "{2} may not {1}")
    @CsvSource({
        "IN_REVIEW, DECIDE, FRONT_DESK",
        "IN_REVIEW, DECIDE, RESIDENT",
        "IN_REVIEW, DECIDE, ADMIN",
        "REGISTERED, ASSIGN, FRONT_DESK",
        "REGISTERED, WITHDRAW, CASEWORKER",
        "IN_REVIEW, REQUEST_INFORMATION, RESIDENT",
        "INFO_REQUESTED, ANSWER_INFORMATION, CASEWORKER",
        "DECIDED, CLOSE, RESIDENT",
        "AWAITING_APPROVAL, APPROVE_DECISION, CASEWORKER",
    })
    void rolesAreChecked(ApplicationStatus from, Action action, Role role) {
        IllegalTransitionException e =
                assertThrows(IllegalTransitionException.class, () -> Lifecycle.next(from, action, role));
        assertEquals("transition.notForRole", e.reasonKey());
    }

    @Test
    void theScreensOfferOnlyLegalActions() {
        assertEquals(EnumSet.of(Action.WITHDRAW), Lifecycle.allowed(REGISTERED, Role.RESIDENT));
        assertEquals(
                EnumSet.of(
                        Action.ASSIGN,
                        Action.REQUEST_INFORMATION,
                        Action.EXTEND_DEADLINE,
                        Action.DECIDE,
                        Action.PROPOSE_DECISION),
                Lifecycle.allowed(IN_REVIEW, Role.CASEWORKER));
        assertEquals(
                EnumSet.of(Action.APPROVE_DECISION, Action.RETURN_DECISION),
                Lifecycle.allowed(AWAITING_APPROVAL, Role.SUPERVISOR));
        assertTrue(Lifecycle.allowed(AWAITING_APPROVAL, Role.CASEWORKER).isEmpty(), "a caseworker cannot approve");
        assertTrue(Lifecycle.allowed(CLOSED, Role.SUPERVISOR).isEmpty());
    }
}
