package lv.socialais.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Today's date in Riga by the product's clock, for beans that cannot hold a clock themselves:
 * a view or session bean is serialized (the war is distributable), and this bean's proxy can be.
 */
@ApplicationScoped
public class Today {

    @Inject
    private Clock clock;

    public LocalDate date() {
        return Riga.today(clock);
    }
}
