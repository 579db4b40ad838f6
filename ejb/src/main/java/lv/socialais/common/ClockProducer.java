package lv.socialais.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The product's one clock, injected wherever now or today is needed ({@code @Inject Clock}), in
 * Riga's zone. Container tests replace it with a clock they can move (an alternative of higher
 * priority), so that deadlines and purges are tested without waiting.
 */
@ApplicationScoped
public class ClockProducer {

    private final Clock clock = Clock.system(Riga.ZONE);

    @Produces
    public Clock clock() {
        return clock;
    }
}
