package lv.socialais.report;

import java.util.regex.Pattern;

/**
 * Text for a spreadsheet cell that a spreadsheet will never run as a formula. A cell that starts
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is a formula to
 * Excel and LibreOffice (CSV injection: a type name "=HYPERLINK(...)" typed in the catalogue
 * would run on the supervisor's machine); such text gets a leading apostrophe, which shows it as
 * text. A number, also a negative one, is left as it is.
 */
public final class SpreadsheetText {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

    private SpreadsheetText() {}

    /** Whether a spreadsheet would take the text for a formula. */
    public static boolean formulaLike(String value) {
        if (value == null || value.isEmpty() || NUMBER.matcher(value).matches()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The text as a CSV field may carry it: with the apostrophe when it is formula-like. */
    public static String neutralised(String value) {
        return formulaLike(value) ? "'" + value : value;
    }
}
