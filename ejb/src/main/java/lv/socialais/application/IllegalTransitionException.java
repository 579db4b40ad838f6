package lv.socialais.application;

import jakarta.ejb.ApplicationException;

/**
 * An action that the lifecycle or the actor's rights do not allow. Nothing has been changed;
 * the reason is a message key for the screens to translate.
 */
@ApplicationException(rollback = true)
public class IllegalTransitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reasonKey;

    public IllegalTransitionException(Action action, ApplicationStatus from, String reasonKey) {
        super(action + " is not allowed on an application in status " + from + " (" + reasonKey + ")");
        this.reasonKey = reasonKey;
    }

    public IllegalTransitionException(String message, String reasonKey) {
        super(message);
        this.reasonKey = reasonKey;
    }

    public String reasonKey() {
        return reasonKey;
    }
}
