package lv.socialais.report;

import java.io.Serializable;
import java.util.List;

/**
 * The figures the board reads below the table, one per month of the report: households and
 * persons with a valid needy and low-income status at the month's end, applications by the
 * channel they came through, and decisions taken after their deadline.
 */
public record Indicators(
        List<HouseholdCount> needy,
        List<HouseholdCount> lowIncome,
        List<ChannelRow> byChannel,
        List<Long> decidedPastDeadline)
        implements Serializable {

    public Indicators {
        needy = List.copyOf(needy);
        lowIncome = List.copyOf(lowIncome);
        byChannel = List.copyOf(byChannel);
        decidedPastDeadline = List.copyOf(decidedPastDeadline);
    }
}
