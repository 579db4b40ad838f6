package lv.socialais.deploy;

/** Stops the start with one line that names the cause and the setting to change. */
class StartupFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StartupFailure(String message) {
        super(message);
    }

    StartupFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
