package lv.socialais.portal.staff.admin;

import java.io.Serializable;
import lv.socialais.common.LocalizedText;

/** A text an administrator edits in the portal's three languages, as three inputs. */
public class Texts3 implements Serializable {

    private static final long serialVersionUID = 1L;

    private String lv;
    private String en;
    private String ru;

    static Texts3 of(LocalizedText text) {
        Texts3 texts = new Texts3();
        if (text != null) {
            texts.lv = text.lv();
            texts.en = text.en();
            texts.ru = text.ru();
        }
        return texts;
    }

    /** The text for the core, trimmed; the core refuses one with a language missing. */
    LocalizedText text() {
        return new LocalizedText(trim(lv), trim(en), trim(ru));
    }

    boolean isBlank() {
        return trim(lv).isEmpty() && trim(en).isEmpty() && trim(ru).isEmpty();
    }

    private static String trim(String text) {
        return text == null ? "" : text.strip();
    }

    public String getLv() {
        return lv;
    }

    public void setLv(String lv) {
        this.lv = lv;
    }

    public String getEn() {
        return en;
    }

    public void setEn(String en) {
        this.en = en;
    }

    public String getRu() {
        return ru;
    }

    public void setRu(String ru) {
        this.ru = ru;
    }
}
