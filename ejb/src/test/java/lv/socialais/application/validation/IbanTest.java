package lv.socialais.application.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "LV80BANK0000435195001",
                "lv80 bank 0000 4351 9500 1",
                "DE89370400440532013000",
                "GB82WEST12345698765432"
            })
    void acceptsValidAccounts(String iban) {
        assertTrue(Iban.isValid(iban), iban);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "LV80BANK0000435195002",
                "LV80BANK000043519500",
                "LV8XBANK0000435195001",
                "DE89370400440532013001",
                "",
                "12345"
            })
    void refusesInvalidAccounts(String iban) {
        assertFalse(Iban.isValid(iban), iban);
    }
}
