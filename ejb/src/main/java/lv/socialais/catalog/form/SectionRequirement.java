package lv.socialais.catalog.form;

/** Whether a shared section (household, income, property) is part of a form, and must be filled. */
public enum SectionRequirement {
    NONE,
    OPTIONAL,
    REQUIRED;

    public boolean shown() {
        return this != NONE;
    }
}
