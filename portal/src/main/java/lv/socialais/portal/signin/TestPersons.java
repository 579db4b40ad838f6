package lv.socialais.portal.signin;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import lv.socialais.person.PersonalCode;

/**
 * The register simulator's fixture people, offered by the development sign-in. Their names
 * also stand in for the population register while no register adapter answers.
 */
public final class TestPersons {

    private static final List<TestPerson> ALL = List.of(
            new TestPerson("14038512712", "Jānis", "Bērziņš"), // unemployed, with benefit
            new TestPerson("02079011182", "Līga", "Kalniņa"), // unemployed single parent
            new TestPerson("08014211279", "Austra", "Liepiņa"), // pensioner living alone
            new TestPerson("29017912639", "Edgars", "Kalējs"), // no income at all
            new TestPerson("09079114263", "Oskars", "Vanags"), // employed, sickness benefit
            new TestPerson("19051622046", "Marta", "Kalniņa")); // a child

    private TestPersons() {}

    public static List<TestPerson> all() {
        return ALL;
    }

    public static Optional<TestPerson> byCode(String personalCode) {
        return ALL.stream()
                .filter(person -> person.personalCode().equals(personalCode))
                .findFirst();
    }

    /** A test person; a child is shown on the sign-in page but cannot sign in. */
    public record TestPerson(String personalCode, String firstName, String lastName) implements Serializable {

        public String getFormattedCode() {
            return PersonalCode.of(personalCode).formatted();
        }

        public boolean isChild() {
            return Adults.isMinor(PersonalCode.of(personalCode));
        }

        public String getFullName() {
            return firstName + " " + lastName;
        }
    }
}
