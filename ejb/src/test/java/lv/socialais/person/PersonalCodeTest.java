package lv.socialais.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalCodeTest {

    @ParameterizedTest(name = "{0} is valid")
    @ValueSource(
            strings = {
                "010190-12349", // 1 Jan 1990
                "01019012349", // the same without the hyphen
                " 010190-12349 ", // with spaces around
                "311299-10008", // 31 Dec 1999: an old code that starts with 3
                "301299-12340", // 30 Dec 1999
                "290220-12344", // 29 Feb 1920, a leap day
                "010120-20004", // 1 Jan 2020, century digit 2
                "150765-11117",
                "010101-10006",
                "320000-00000", // new format: no check digit to get wrong
                "320190-12349",
                "39123456789",
            })
    void acceptsValidCodes(String code) {
        assertTrue(PersonalCode.isValid(code), code);
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource({
        "010190-12340, CHECK_DIGIT",
        "010190-12341, CHECK_DIGIT",
        "000190-12349, BIRTH_DATE", // day 0
        "290221-20003, BIRTH_DATE", // 29 Feb 2021 does not exist
        "290219-12341, BIRTH_DATE", // 29 Feb 1919 neither
        "011390-12349, BIRTH_DATE", // month 13
        "30123456789, NEW_FORMAT_SECOND_DIGIT", // 3 then 0 and no valid date (century digit 5)
        "31123456789, NEW_FORMAT_SECOND_DIGIT",
        "311299-10007, CHECK_DIGIT", // an old code starting with 3 still has its check digit
        "0101901234, FORMAT",
        "010190-1234a, FORMAT",
        "010190_12349, FORMAT",
        "'', FORMAT",
    })
    void refusesInvalidCodesWithTheReason(String code, String problem) {
        assertEquals(Optional.of(PersonalCode.Problem.valueOf(problem)), PersonalCode.check(code), code);
    }

    @Test
    void refusesAnUnknownCenturyDigit() {
        // Century digit 3 in an old-format code is not defined: it is not a birth date.
        assertEquals(Optional.of(PersonalCode.Problem.BIRTH_DATE), PersonalCode.check("010190-32349"));
    }

    @Test
    void refusesNull() {
        assertEquals(Optional.of(PersonalCode.Problem.FORMAT), PersonalCode.check(null));
    }

    @Test
    void storesElevenDigitsAndFormatsWithHyphen() {
        PersonalCode code = PersonalCode.of(" 010190-12349");
        assertEquals("01019012349", code.value());
        assertEquals("010190-12349", code.formatted());
    }

    @Test
    void masksTheIndividualPart() {
        assertEquals("010190-*****", PersonalCode.of("01019012349").masked());
        assertEquals("321234-*****", PersonalCode.of("32123456789").masked());
    }

    @Test
    void neverPrintsTheFullCode() {
        assertFalse(PersonalCode.of("010190-12349").toString().contains("12349"));
    }

    @Test
    void readsTheBirthDateAndCenturyOfAnOldCode() {
        assertEquals(
                Optional.of(LocalDate.of(1990, 1, 1)),
                PersonalCode.of("010190-12349").birthDate());
        assertEquals(
                Optional.of(LocalDate.of(1920, 2, 29)),
                PersonalCode.of("290220-12344").birthDate());
        assertEquals(
                Optional.of(LocalDate.of(2020, 1, 1)),
                PersonalCode.of("010120-20004").birthDate());
        assertEquals(
                Optional.of(LocalDate.of(1999, 12, 31)),
                PersonalCode.of("311299-10008").birthDate());
        assertEquals(
                Optional.of(LocalDate.of(1801, 1, 1)),
                PersonalCode.of("010101-00000").birthDate());
    }

    @Test
    void aNewCodeTellsNoBirthDate() {
        PersonalCode code = PersonalCode.of("32123456789");
        assertTrue(code.isNewFormat());
        assertFalse(PersonalCode.of("311299-10008").isNewFormat());
        assertEquals(Optional.empty(), code.birthDate());
    }

    @Test
    void equalCodesTypedDifferentlyAreEqual() {
        assertEquals(PersonalCode.of("010190-12349"), PersonalCode.of("01019012349"));
    }

    @Test
    void parsingAnInvalidCodeNamesTheProblem() {
        InvalidPersonalCodeException e =
                assertThrows(InvalidPersonalCodeException.class, () -> PersonalCode.of("010190-12340"));
        assertEquals(PersonalCode.Problem.CHECK_DIGIT, e.problem());
        assertFalse(e.getMessage().contains("12340"), "the message must not repeat the code");
    }
}
