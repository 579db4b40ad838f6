package lv.socialais.report;

import java.io.Serializable;

/**
 * Households and persons holding a status on a day, as the board writes it: "121ģim/173pers".
 * A household is the application that granted the status; a person is a personal code.
 */
public record HouseholdCount(long households, long persons) implements Serializable {

    public static final HouseholdCount NONE = new HouseholdCount(0, 0);
}
