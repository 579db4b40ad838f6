package lv.socialais.integration.xml;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * An {@code xs:date} of the contracts as a {@link LocalDate}. Reads a date with or without a
 * time-zone suffix ({@code 2025-03-01}, {@code 2025-03-01Z}, {@code 2025-03-01+02:00}) and drops
 * the zone, as a calendar date in Latvia means the same day whatever the sender's clock; writes
 * the plain {@code yyyy-MM-dd} form.
 */
public final class LocalDateAdapter extends XmlAdapter<String, LocalDate> {

    @Override
    public LocalDate unmarshal(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return LocalDate.parse(value.strip(), DateTimeFormatter.ISO_DATE);
    }

    @Override
    public String marshal(LocalDate value) {
        return value == null ? null : value.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }
}
