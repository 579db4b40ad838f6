package lv.socialais.report;

import java.io.Serializable;
import java.util.List;
import lv.socialais.application.Channel;

/** The applications registered in each month of the report that arrived through one channel. */
public record ChannelRow(Channel channel, List<Long> applications) implements Serializable {

    public ChannelRow {
        applications = List.copyOf(applications);
    }
}
