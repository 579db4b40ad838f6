package lv.socialais.simulator.control;

/** How a simulated register behaves. */
public enum FaultMode {
    /** Answers at once. */
    NORMAL,
    /** Waits the configured delay, then answers. */
    DELAY,
    /** Answers every request with a SOAP fault (HTTP 500). */
    SOAP_FAULT,
    /** Answers HTTP 503 before any SOAP processing, as an unavailable register would. */
    HTTP_503,
    /** Waits 60 seconds, then answers: longer than any sensible client timeout. */
    TIMEOUT
}
