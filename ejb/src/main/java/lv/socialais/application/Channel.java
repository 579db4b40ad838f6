package lv.socialais.application;

/** How an application reached the social service. */
public enum Channel {
    /** Filed by the resident in the portal. */
    ONLINE,
    /** Filed by front-desk staff for a walk-in applicant, who signs on paper. */
    FRONT_DESK,
    /** Arrived from latvija.lv through VISS as an e-application. */
    STATE_PORTAL,
    /** Came by post and was registered from the scanned paper. */
    PAPER
}
