package lv.socialais.person;

/** Thrown when a text is not a valid personal code; the problem tells why. */
public class InvalidPersonalCodeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final PersonalCode.Problem problem;

    public InvalidPersonalCodeException(PersonalCode.Problem problem) {
        super("Invalid personal code: " + problem);
        this.problem = problem;
    }

    public PersonalCode.Problem problem() {
        return problem;
    }
}
