package lv.socialais.person;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Latvian personal code (personas kods), always valid and kept normalised as eleven digits.
 * <p>
 * Two formats exist. The old one, {@code DDMMYY-CNNNN}, holds the birth date, a century digit
 * C (0 = 1800s, 1 = 1900s, 2 = 2000s) and a check digit at the end. The new one, issued since
 * 1 July 2017, starts with 3, has 2 to 9 as its second digit and is otherwise random, without
 * a published check digit, so none is checked here. An old code of someone born on the 30th
 * or 31st also starts with 3, followed by 0 or 1: the second digit tells the formats apart.
 */
public final class PersonalCode implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern ELEVEN_DIGITS = Pattern.compile("\\d{11}");
    private static final Pattern NEW_FORMAT = Pattern.compile("3[2-9]\\d{9}");
    private static final int[] CHECK_WEIGHTS = {1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private final String digits;

    private PersonalCode(String digits) {
        this.digits = digits;
    }

    /**
     * Parses a code typed with or without the hyphen and surrounding spaces.
     *
     * @throws InvalidPersonalCodeException naming why the code is not valid
     */
    public static PersonalCode of(String input) {
        String digits = normalise(input);
        Problem problem = problemOf(digits);
        if (problem != null) {
            throw new InvalidPersonalCodeException(problem);
        }
        return new PersonalCode(digits);
    }

    /** Why the input is not a valid personal code, or empty when it is one. */
    public static Optional<Problem> check(String input) {
        return Optional.ofNullable(problemOf(normalise(input)));
    }

    public static boolean isValid(String input) {
        return check(input).isEmpty();
    }

    private static String normalise(String input) {
        if (input == null) {
            return "";
        }
        String trimmed = input.strip();
        if (trimmed.length() == 12 && trimmed.charAt(6) == '-') {
            return trimmed.substring(0, 6) + trimmed.substring(7);
        }
        return trimmed;
    }

    private static Problem problemOf(String digits) {
        if (!ELEVEN_DIGITS.matcher(digits).matches()) {
            return Problem.FORMAT;
        }
        if (NEW_FORMAT.matcher(digits).matches()) {
            return null;
        }
        if (birthDateOf(digits).isEmpty()) {
            // 3 then 0 or 1 without a valid date is most likely a mistyped new-format code.
            return digits.charAt(0) == '3' ? Problem.NEW_FORMAT_SECOND_DIGIT : Problem.BIRTH_DATE;
        }
        return checkDigitOf(digits) == digits.charAt(10) - '0' ? null : Problem.CHECK_DIGIT;
    }

    private static Optional<LocalDate> birthDateOf(String digits) {
        int century = switch (digits.charAt(6)) {
            case '0' -> 1800;
            case '1' -> 1900;
            case '2' -> 2000;
            default -> -1;
        };
        if (century < 0) {
            return Optional.empty();
        }
        try {
            int day = Integer.parseInt(digits.substring(0, 2));
            int month = Integer.parseInt(digits.substring(2, 4));
            int year = century + Integer.parseInt(digits.substring(4, 6));
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static int checkDigitOf(String digits) {
        int sum = 0;
        for (int i = 0; i < CHECK_WEIGHTS.length; i++) {
            sum += (digits.charAt(i) - '0') * CHECK_WEIGHTS[i];
        }
        return (1101 - sum) % 11 % 10;
    }

    /** The eleven digits, as stored. */
    public String value() {
        return digits;
    }

    /** True for a code of the format issued since 1 July 2017, which tells no birth date. */
    public boolean isNewFormat() {
        return NEW_FORMAT.matcher(digits).matches();
    }

    /** The birth date written in an old-format code; empty for a new-format code. */
    public Optional<LocalDate> birthDate() {
        return isNewFormat() ? Optional.empty() : birthDateOf(digits);
    }

    /** The code as people write it: {@code 010190-12345}. */
    public String formatted() {
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }

    /** The code for display where the full code is not needed: {@code 010190-*****}. */
    public String masked() {
        return digits.substring(0, 6) + "-*****";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonalCode that && digits.equals(that.digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }

    /** Masked, so that a code never reaches a log in full by accident. */
    @Override
    public String toString() {
        return masked();
    }

    /** Why a personal code is refused; each has a translated message under its key. */
    public enum Problem {
        FORMAT("personalCode.format"),
        BIRTH_DATE("personalCode.birthDate"),
        CHECK_DIGIT("personalCode.checkDigit"),
        NEW_FORMAT_SECOND_DIGIT("personalCode.newFormat");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
