package lv.socialais.portal.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import lv.socialais.common.Riga;

/** Dates and amounts as the visitor's language writes them: 5. novembris 2026, 5 November 2026, 1 234,50 €. */
@Named
@RequestScoped
public class Formats {

    /** Dates and times are shown in Latvia's time. */
    @Inject
    private LocaleSelection localeSelection;

    public String date(LocalDate date) {
        return date(date, localeSelection.getLocale());
    }

    public String dateTime(Instant instant) {
        return dateTime(instant, localeSelection.getLocale());
    }

    public String money(BigDecimal amount) {
        return money(amount, localeSelection.getLocale());
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .format(date);
    }

    public static String dateTime(Instant instant, Locale locale) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .withZone(Riga.ZONE)
                        .format(instant);
    }

    public static String money(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(amount);
    }
}
