package lv.socialais.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PersonalCodesInTextTest {

    @Test
    void aRegistersFaultThatEchoesTheCodeLosesIt() {
        assertEquals(
                "Person 140385-***** not found; also 320000-*****",
                PersonalCodesInText.mask("Person 140385-12712 not found; also 32000012345"));
    }

    @Test
    void longerNumbersAndOtherTextStay() {
        assertEquals(
                "timeMillis 1796525544007, member 9000000000",
                PersonalCodesInText.mask("timeMillis 1796525544007, member 9000000000"));
        assertNull(PersonalCodesInText.mask(null));
    }
}
