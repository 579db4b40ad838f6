package lv.socialais.simulator.control;

import java.util.Locale;
import java.util.Optional;

/** The registers the simulator plays, each at /soap/{path}. */
public enum Register {
    PMLP("pmlp"),
    NVA("nva"),
    VSAA("vsaa");

    private final String path;

    Register(String path) {
        this.path = path;
    }

    /** The endpoint's path under /soap, e.g. {@code /pmlp}. */
    public String address() {
        return "/" + path;
    }

    /** The register whose endpoint a request's path info ({@code /pmlp}, {@code /pmlp/...}) names. */
    public static Optional<Register> ofPathInfo(String pathInfo) {
        if (pathInfo == null) {
            return Optional.empty();
        }
        String first = pathInfo.replaceFirst("^/", "").split("/", 2)[0].toLowerCase(Locale.ROOT);
        for (Register register : values()) {
            if (register.path.equals(first)) {
                return Optional.of(register);
            }
        }
        return Optional.empty();
    }
}
