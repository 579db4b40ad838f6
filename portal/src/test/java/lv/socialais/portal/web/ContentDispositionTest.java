package lv.socialais.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void aLatvianNameIsEncodedWithAnAsciiStandIn() {
        assertEquals(
                "attachment; filename=\"izzina par ienakumiem.pdf\"; filename*=UTF-8''izzi%C5%86a%20par%20ien%C4%81kumiem.pdf",
                ContentDisposition.attachment("izziņa par ienākumiem.pdf"));
    }

    @Test
    void aNameCannotEndTheHeaderOrLeaveItsQuotes() {
        String header = ContentDisposition.inline("a\"; filename=evil.html\r\nSet-Cookie: x=1\\.pdf");

        assertFalse(header.contains("\r") || header.contains("\n"), header);
        assertEquals(
                "inline; filename=\"a__ filename=evil.html__Set-Cookie: x=1_.pdf\"; filename*=UTF-8''"
                        + "a%22%3B%20filename%3Devil.html%0D%0ASet-Cookie%3A%20x%3D1%5C.pdf",
                header);
    }

    @Test
    void aBlankNameGetsOne() {
        assertEquals("attachment; filename=\"fails\"; filename*=UTF-8''fails", ContentDisposition.attachment(" "));
    }
}
