package lv.socialais.portal.filing;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import lv.socialais.application.validation.Problem;

/**
 * The problems of the last submission, by field, in the order the core listed them: shown next
 * to their fields and together at the top of the page. A field may have several problems.
 */
public class FieldProblems implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, List<Problem>> byField = new LinkedHashMap<>();

    void replace(List<Problem> problems) {
        byField.clear();
        problems.forEach(problem -> byField.computeIfAbsent(problem.field(), field -> new ArrayList<>())
                .add(problem));
    }

    /** Forgets the problems of fields the resident has just been shown and has had the chance to fix. */
    void clear(Predicate<String> fields) {
        byField.keySet().removeIf(fields);
    }

    public boolean isAny() {
        return !byField.isEmpty();
    }

    public List<Problem> getAll() {
        return byField.values().stream().flatMap(List::stream).toList();
    }

    List<String> fields() {
        return List.copyOf(byField.keySet());
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The field's messages, joined, or null when it has none. */
    public String message(String field) {
        List<Problem> problems = byField.get(field);
        return problems == null
                ? null
                : String.join(" ", problems.stream().map(Problem::message).toList());
    }

    /** The HTML id of the element holding a field's message, for aria-describedby and summary links. */
    public static String errorId(String field) {
        return "error-" + field.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    public String idOf(String field) {
        return errorId(field);
    }
}
