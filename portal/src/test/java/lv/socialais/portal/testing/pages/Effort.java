package lv.socialais.portal.testing.pages;

/**
 * What a user's hands did on the pages: each click, each choice from a list (a click too), each
 * field typed and its characters. The walk-in test turns it into a clerk's time by the
 * keystroke-level model.
 */
public final class Effort {

    private int clicks;
    private int choices;
    private int fields;
    private int characters;

    void click() {
        clicks++;
    }

    void choice() {
        clicks++;
        choices++;
    }

    void field(String typed) {
        fields++;
        characters += typed.length();
    }

    public int clicks() {
        return clicks;
    }

    public int choices() {
        return choices;
    }

    public int fields() {
        return fields;
    }

    public int characters() {
        return characters;
    }
}
