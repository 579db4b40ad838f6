package lv.socialais.portal.filing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import lv.socialais.portal.i18n.Texts;

/** An answer as the review page reads it back: the chosen option's label, yes or no, or the text typed. */
@Named
@RequestScoped
public class ReviewAnswers {

    private static final String NONE = "—";

    @Inject
    private WizardView wizard;

    @Inject
    private Texts texts;

    public String of(FormView.Field field) {
        String answer = wizard.getData().getAnswers().get(field.code());
        if (answer == null || answer.isBlank()) {
            return NONE;
        }
        return switch (field.type()) {
            case BOOLEAN -> texts.get("true".equals(answer) ? "answer.yes" : "answer.no");
            case SELECT ->
                field.options().stream()
                        .filter(option -> option.code().equals(answer))
                        .findFirst()
                        .map(option -> option.label().in(texts.locale()))
                        .orElse(answer);
            default -> answer;
        };
    }
}
