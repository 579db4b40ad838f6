package lv.socialais.frontdesk;

/**
 * A text searched for literally inside a LIKE pattern: the wildcards {@code %} and {@code _}
 * (and the escape character itself) are escaped with {@code !}, the pattern's ESCAPE character.
 * A search for "_" would otherwise list everybody.
 */
final class LikePattern {

    static final char ESCAPE = '!';

    private LikePattern() {}

    static String literal(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
