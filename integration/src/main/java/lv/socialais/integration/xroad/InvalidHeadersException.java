package lv.socialais.integration.xroad;

/** A received message lacks X-Road headers or has malformed ones; answered with a SOAP fault. */
public class InvalidHeadersException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidHeadersException(String message) {
        super(message);
    }
}
