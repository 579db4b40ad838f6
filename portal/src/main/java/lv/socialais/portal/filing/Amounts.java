package lv.socialais.portal.filing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

/** Amounts in euros as people type them: "120", "120,50", "1 234.5", "1 234,50 €". */
final class Amounts {

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,12}([.,]\\d{1,2})?");

    private Amounts() {}

    static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String plain = text.replace("€", "").replace("EUR", "").replaceAll("[\\s\\u00A0\\u202F]", "");
        if (!AMOUNT.matcher(plain).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(plain.replace(',', '.')).setScale(2, RoundingMode.UNNECESSARY));
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
