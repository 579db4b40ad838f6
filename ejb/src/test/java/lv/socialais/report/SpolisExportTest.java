package lv.socialais.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpolisExportTest {

    @Test
    void aFieldWithTheSeparatorOrAQuoteIsQuoted() {
        assertEquals("SPSPL 33. pants", SpolisExport.field("SPSPL 33. pants"));
        assertEquals("\"SPSPL 33. pants; MK 809\"", SpolisExport.field("SPSPL 33. pants; MK 809"));
        assertEquals("\"Noteikumi \"\"Par pabalstiem\"\"\"", SpolisExport.field("Noteikumi \"Par pabalstiem\""));
        assertEquals("\"pirmā\notrā\"", SpolisExport.field("pirmā\notrā"));
    }

    @Test
    void aLegalBasisTypedLikeAFormulaIsWrittenAsText() {
        assertEquals("'=1+1", SpolisExport.field("=1+1"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\";1)\"", SpolisExport.field("=HYPERLINK(\"x\";1)"));
        assertEquals("12.50", SpolisExport.field("12.50"));
    }
}
