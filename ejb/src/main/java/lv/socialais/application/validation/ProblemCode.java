package lv.socialais.application.validation;

import java.io.Serializable;
import java.util.List;

/** A problem before translation: the field, the message key and the values the message names. */
public record ProblemCode(String field, String messageKey, List<Object> arguments) implements Serializable {

    public static ProblemCode of(String field, String messageKey, Object... arguments) {
        return new ProblemCode(field, messageKey, List.of(arguments));
    }
}
