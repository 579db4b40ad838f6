package lv.socialais.application.validation;

import java.io.Serializable;

/**
 * Why one answer of an application is not accepted: the field it concerns (an answer code such
 * as {@code rent_amount}, or a path such as {@code household[0].personalCode}), the message key
 * and the message translated into the language of the person who filed it.
 */
public record Problem(String field, String messageKey, String message) implements Serializable {}
