package lv.socialais.portal.staff;

import jakarta.enterprise.context.RequestScoped;
import lv.socialais.staff.StaffSignIn;

/** How the staff sign-in of this request ended, for the sign-in page to explain a refusal. */
@RequestScoped
public class StaffSignInOutcome {

    private StaffSignIn.Outcome outcome;

    void set(StaffSignIn.Outcome value) {
        this.outcome = value;
    }

    public boolean isLocked() {
        return outcome == StaffSignIn.Outcome.LOCKED;
    }
}
