package lv.socialais.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\";\"a\")", "+1+cmd", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "-"})
    void formulaLikeTextGetsAnApostrophe(String value) {
        assertEquals("'" + value, SpreadsheetText.neutralised(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Krīzes pabalsts", "-12", "-12.50", "12,5", "010349-11940", "a=b", ""})
    void otherTextAndNumbersStayAsTheyAre(String value) {
        assertEquals(value, SpreadsheetText.neutralised(value));
    }
}
