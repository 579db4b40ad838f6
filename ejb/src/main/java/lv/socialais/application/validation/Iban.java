package lv.socialais.application.validation;

import java.math.BigInteger;
import java.util.regex.Pattern;

/** An International Bank Account Number as benefits are paid to: format and ISO 13616 check digits. */
public final class Iban {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}");
    private static final Pattern LATVIAN = Pattern.compile("LV\\d{2}[A-Z]{4}[A-Z0-9]{13}");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Iban() {}

    /** The IBAN without spaces, in capitals, as it is stored. */
    public static String normalise(String input) {
        return input == null ? "" : input.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }

    public static boolean isValid(String input) {
        String iban = normalise(input);
        if (!FORMAT.matcher(iban).matches()
                || iban.startsWith("LV") && !LATVIAN.matcher(iban).matches()) {
            return false;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }
}
