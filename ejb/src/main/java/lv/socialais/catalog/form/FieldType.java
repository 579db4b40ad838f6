package lv.socialais.catalog.form;

/** The kinds of answer a form field takes; each has its own validation and input control. */
public enum FieldType {
    TEXT,
    TEXTAREA,
    NUMBER,
    MONEY,
    DATE,
    BOOLEAN,
    SELECT,
    PERSONAL_CODE,
    IBAN,
    EMAIL,
    PHONE
}
