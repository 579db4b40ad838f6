package lv.socialais.portal.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Answers 404 for an application, draft or type that does not exist or is not the resident's:
 * the same answer in both cases, so an id in a URL tells nothing about other people.
 */
public final class NotFound {

    private NotFound() {}

    public static void send() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, "Not Found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** An id from a URL, or null when it is not a number. */
    public static Long parseId(String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(id);
    }
}
