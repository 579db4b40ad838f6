package lv.socialais.portal.filing;

import java.io.Serializable;

/**
 * A page of the wizard: one of the shared sections, or one page of the type's own questions
 * ({@code questions} is then its index in the form's steps).
 */
public record WizardStep(Kind kind, int questions) implements Serializable {

    public enum Kind {
        APPLICANT,
        HOUSEHOLD,
        INCOME,
        PROPERTY,
        QUESTIONS,
        ATTACHMENTS,
        CONSENT,
        REVIEW
    }

    static WizardStep of(Kind kind) {
        return new WizardStep(kind, -1);
    }

    /** How the step is named in a URL and in the server's timing log: "household", "questions-2". */
    public String code() {
        return kind == Kind.QUESTIONS
                ? "questions-" + (questions + 1)
                : kind.name().toLowerCase();
    }

    public boolean is(String kindName) {
        return kind.name().equals(kindName);
    }
}
