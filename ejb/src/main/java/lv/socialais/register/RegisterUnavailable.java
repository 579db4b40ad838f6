package lv.socialais.register;

/**
 * A register could not answer now: timeout, HTTP error, SOAP fault, open circuit. The query
 * is kept and asked again later; nothing about the person is concluded from it.
 */
public class RegisterUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RegisterUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
