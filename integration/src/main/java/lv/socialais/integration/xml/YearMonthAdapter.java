package lv.socialais.integration.xml;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An {@code xs:gYearMonth} of the contracts (a month, {@code 2025-03}) as a {@link YearMonth}.
 * A time-zone suffix ({@code 2025-03Z}, {@code 2025-03+02:00}) is accepted and dropped.
 */
public final class YearMonthAdapter extends XmlAdapter<String, YearMonth> {

    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})(Z|[+-]\\d{2}:\\d{2})?");

    @Override
    public YearMonth unmarshal(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher matcher = YEAR_MONTH.matcher(value.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not an xs:gYearMonth: " + value);
        }
        return YearMonth.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    @Override
    public String marshal(YearMonth value) {
        return value == null ? null : value.toString();
    }
}
