package lv.socialais.application;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the applicant declares: who he is, the answers to his type's questions, his household,
 * its incomes and property, his consent and, at the front desk, his signature on paper. A draft
 * replaces it as a whole; once submitted it is what the caseworker assesses.
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

    @ElementCollection
    @CollectionTable(name = "household_member", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "sort_order")
    private List<HouseholdMember> household = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "declared_income", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "sort_order")
    private List<DeclaredIncome> incomes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "declared_property", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "sort_order")
    private List<DeclaredProperty> property = new ArrayList<>();

    /** Replaces everything declared with what the input says; blank answers are left out. */
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
        this.household.clear();
        input.household().forEach(member -> household.add(new HouseholdMember(member)));
        this.incomes.clear();
        input.incomes().forEach(income -> incomes.add(new DeclaredIncome(income)));
        this.property.clear();
        input.property().forEach(item -> property.add(new DeclaredProperty(item)));
    }

    /** What was declared, as the input of the application it belongs to again. */
    ApplicationInput toInput(String typeCode, Channel channel, String submissionKey) {
        return new ApplicationInput(
                typeCode,
                channel,
                submissionKey,
                new ApplicantInput(
                        applicant.getPersonalCode(),
                        applicant.getFirstName(),
                        applicant.getLastName(),
                        applicant.getEmail(),
                        applicant.getPhone()),
                answers,
                household.stream().map(HouseholdMember::toInput).toList(),
                incomes.stream().map(DeclaredIncome::toInput).toList(),
                noIncomeDeclared,
                property.stream().map(DeclaredProperty::toInput).toList(),
                consentGiven,
                signedOnPaper);
    }

    /** True for the applicant himself and for the members of the household he declared. */
    public boolean concerns(String personalCode) {
        return applicant.getPersonalCode().equals(personalCode)
                || household.stream()
                        .anyMatch(member -> member.getPersonalCode().equals(personalCode));
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

    public List<HouseholdMember> getHousehold() {
        return List.copyOf(household);
    }

    public List<DeclaredIncome> getIncomes() {
        return List.copyOf(incomes);
    }

    public List<DeclaredProperty> getProperty() {
        return List.copyOf(property);
    }
}
