package lv.socialais.portal.signin;

/** The eID provider cannot be used now: not configured, unreachable, or it answered nonsense. */
public class OidcUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OidcUnavailableException(String message) {
        super(message);
    }

    public OidcUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
