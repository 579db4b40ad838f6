package lv.socialais.application;

import jakarta.ejb.ApplicationException;

/**
 * No application with this id that the actor may see. Deliberately the same for "does not
 * exist" and "not yours", so that ids cannot be probed.
 */
@ApplicationException(rollback = true)
public class ApplicationNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ApplicationNotFound(Long id) {
        super("No application " + id + " visible to the caller");
    }
}
