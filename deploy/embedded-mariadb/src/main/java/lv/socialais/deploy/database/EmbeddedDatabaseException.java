package lv.socialais.deploy.database;

/** The embedded database could not be started, prepared or stopped; the message says why. */
public class EmbeddedDatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EmbeddedDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
