package lv.socialais.assessment;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * The kinds of dated reference data an administrator keeps, each in its own table: the state's
 * thresholds (GMI, needy, maximum low-income), the municipality's own low-income threshold, the
 * housing-benefit coefficient K, the municipality's fixed amounts (also those of the catalogue's
 * types) and the months a status or benefit is granted for. Every value has the date it takes
 * effect from; the one in force on the application's date is applied.
 */
public enum ReferenceKind {
    GMI(Shape.PER_PERSON, "income_threshold", "kind", List.of("GMI")),
    NEEDY(Shape.PER_PERSON, "income_threshold", "kind", List.of("NEEDY")),
    LOW_INCOME_MAX(Shape.PER_PERSON, "income_threshold", "kind", List.of("LOW_INCOME_MAX")),
    /** Keyed by the municipality's code (ATVK), any number of them. */
    MUNICIPAL_LOW_INCOME(Shape.PER_PERSON, "municipal_low_income_threshold", "municipality_code", List.of()),
    HOUSING_COEFFICIENT(
            Shape.COEFFICIENT,
            "housing_coefficient",
            "household_kind",
            Arrays.stream(HouseholdKind.values()).map(Enum::name).toList()),
    /** Keyed by a code such as HOME_CARE_HOURLY_FEE or TYPE_CRISIS_BENEFIT, any number of them. */
    MUNICIPAL_AMOUNT(Shape.AMOUNT, "municipal_amount", "code", List.of()),
    GRANT_PERIOD(
            Shape.MONTHS,
            "grant_period",
            "code",
            Arrays.stream(GrantPeriod.values()).map(Enum::name).toList());

    /** What one value of the kind is: two amounts a month, a coefficient, an amount, or months. */
    public enum Shape {
        PER_PERSON(new BigDecimal("0.01"), new BigDecimal("10000.00")),
        COEFFICIENT(new BigDecimal("0.10"), new BigDecimal("10.00")),
        AMOUNT(new BigDecimal("0.01"), new BigDecimal("100000.00")),
        MONTHS(BigDecimal.ONE, new BigDecimal("60"));

        private final BigDecimal minimum;
        private final BigDecimal maximum;

        Shape(BigDecimal minimum, BigDecimal maximum) {
            this.minimum = minimum;
            this.maximum = maximum;
        }

        public BigDecimal minimum() {
            return minimum;
        }

        public BigDecimal maximum() {
            return maximum;
        }
    }

    private final Shape shape;
    private final String table;
    private final String keyColumn;
    private final List<String> fixedKeys;

    ReferenceKind(Shape shape, String table, String keyColumn, List<String> fixedKeys) {
        this.shape = shape;
        this.table = table;
        this.keyColumn = keyColumn;
        this.fixedKeys = fixedKeys;
    }

    public Shape shape() {
        return shape;
    }

    /** The keys the kind allows, or empty when the administrator names them (municipalities, amounts). */
    public List<String> fixedKeys() {
        return fixedKeys;
    }

    String table() {
        return table;
    }

    String keyColumn() {
        return keyColumn;
    }

    /** The state thresholds share a table, told apart by their kind. */
    boolean keyIsKind() {
        return fixedKeys.size() == 1 && fixedKeys.get(0).equals(name());
    }
}
