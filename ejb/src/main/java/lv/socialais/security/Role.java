package lv.socialais.security;

/** Who acts on an application. Staff roles come from the staff directory, RESIDENT from eID. */
public enum Role {
    RESIDENT,
    FRONT_DESK,
    CASEWORKER,
    SUPERVISOR,
    ADMIN,
    /** A state register or the state portal calling our SOAP services. */
    REGISTER,
    /** The product itself: scheduled work such as the outbox worker or the draft purge. */
    SYSTEM;

    public boolean isStaff() {
        return this == FRONT_DESK || this == CASEWORKER || this == SUPERVISOR || this == ADMIN;
    }
}
