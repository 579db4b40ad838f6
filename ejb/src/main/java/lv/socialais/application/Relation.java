package lv.socialais.application;

/** How a household member is related to the applicant. */
public enum Relation {
    SPOUSE,
    PARTNER,
    CHILD,
    PARENT,
    SIBLING,
    GRANDCHILD,
    GRANDPARENT,
    OTHER
}
