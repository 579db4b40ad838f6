package lv.socialais.application;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import java.util.HashMap;
import java.util.Map;

/**
 * What the applicant declares about himself: who he is, the answers to his type's questions,
 * whether he declares no income, his consent and, at the front desk, his signature on paper. A
 * draft replaces it as a whole. The household's rows (members, incomes, property) are kept by the
 * {@link Application} itself: EclipseLink cannot insert a collection of embeddables held inside an
 * embeddable ("Missing mapping for field application.ID"). {@link ApplicationAsInput} reads both.
 */
@Embeddable
public class Declaration {

    @Embedded
    private Applicant applicant;

    @Column(name = "signed_on_paper")
    private boolean signedOnPaper;

    @Column(name = "no_income_declared")
    private boolean noIncomeDeclared;

    @Column(name = "consent_given")
    private boolean consentGiven;

    @ElementCollection
    @CollectionTable(name = "application_answer", joinColumns = @JoinColumn(name = "application_id"))
    @MapKeyColumn(name = "field_code")
    @Column(name = "answer_value")
    private Map<String, String> answers = new HashMap<>();

    /** Replaces what is declared with what the input says; blank answers are left out. */
    void fill(ApplicationInput input) {
        this.applicant = new Applicant(input.applicant());
        this.signedOnPaper = input.signedOnPaper();
        this.noIncomeDeclared = input.noIncomeDeclared();
        this.consentGiven = input.consentGiven();
        this.answers.clear();
        input.answers().forEach((code, value) -> {
            if (!value.isBlank()) {
                answers.put(code, value.strip());
            }
        });
    }

    public Applicant getApplicant() {
        return applicant;
    }

    public boolean isSignedOnPaper() {
        return signedOnPaper;
    }

    public boolean isNoIncomeDeclared() {
        return noIncomeDeclared;
    }

    public boolean isConsentGiven() {
        return consentGiven;
    }

    public Map<String, String> getAnswers() {
        return Map.copyOf(answers);
    }
}
