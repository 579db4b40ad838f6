package lv.socialais.administration;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.Arrays;

/**
 * An administrator's change that the product refuses, e.g. a second value for the same
 * effective date or an amount that cannot be right. Nothing of the change is stored; the
 * message key (with its arguments) says why, in the portal's texts.
 */
@ApplicationException(rollback = true)
public class ChangeRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final Serializable[] arguments;

    public ChangeRejected(String messageKey, Serializable... arguments) {
        super(messageKey + " " + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
