package lv.socialais.portal.filing;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import lv.socialais.application.ApplicantInput;
import lv.socialais.application.ApplicationInput;
import lv.socialais.application.validation.ProblemCode;

/**
 * Everything the filer has entered in the wizard, exactly as typed, for as long as the
 * wizard is open. Converted to the core's {@link ApplicationInput} to save a draft (only what
 * a draft can store) and to submit (all of it, so that the core names every problem).
 */
public class ApplicationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Longer answers are cut in a draft only; the submission sends them whole and the core refuses them. */
    private static final int DRAFT_ANSWER_LIMIT = 4000;

    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    private final Map<String, String> answers = new HashMap<>();
    private final List<MemberRow> household = new ArrayList<>();
    private final List<IncomeRow> incomes = new ArrayList<>();
    private boolean noIncome;
    private final List<PropertyRow> property = new ArrayList<>();
    private boolean consent;
    private boolean signedOnPaper;

    static ApplicationForm from(ApplicationInput input) {
        ApplicationForm form = new ApplicationForm();
        form.firstName = input.applicant().firstName();
        form.lastName = input.applicant().lastName();
        form.email = input.applicant().email();
        form.phone = input.applicant().phone();
        form.answers.putAll(input.answers());
        input.household().forEach(member -> form.household.add(MemberRow.of(member)));
        input.incomes().forEach(income -> form.incomes.add(IncomeRow.of(income)));
        form.noIncome = input.noIncomeDeclared();
        input.property().forEach(item -> form.property.add(PropertyRow.of(item)));
        form.consent = input.consentGiven();
        form.signedOnPaper = input.signedOnPaper();
        return form;
    }

    /** All of it, for submission. */
    ApplicationInput toInput(String typeCode, String submissionKey, Filer filer) {
        return input(typeCode, submissionKey, filer, answers, row -> true, row -> true, row -> true);
    }

    /**
     * What a draft can keep: rows complete enough for the draft's tables. Incomplete rows stay
     * in the open wizard; a resumed draft starts from the complete ones.
     */
    ApplicationInput toDraftInput(String typeCode, Filer filer) {
        Map<String, String> kept = new HashMap<>();
        answers.forEach((code, value) -> {
            if (value != null && !value.isBlank()) {
                kept.put(code, value.length() <= DRAFT_ANSWER_LIMIT ? value : value.substring(0, DRAFT_ANSWER_LIMIT));
            }
        });
        return input(
                typeCode, null, filer, kept, MemberRow::isStorable, IncomeRow::isStorable, PropertyRow::isStorable);
    }

    private ApplicationInput input(
            String typeCode,
            String key,
            Filer filer,
            Map<String, String> answerValues,
            Predicate<MemberRow> members,
            Predicate<IncomeRow> incomeLines,
            Predicate<PropertyRow> items) {
        return new ApplicationInput(
                typeCode,
                filer.channel(),
                key,
                new ApplicantInput(
                        filer.applicant().personalCode(), firstName, lastName, blankToNull(email), blankToNull(phone)),
                answerValues,
                household.stream().filter(members).map(MemberRow::toInput).toList(),
                incomes.stream().filter(incomeLines).map(IncomeRow::toInput).toList(),
                noIncome,
                property.stream().filter(items).map(PropertyRow::toInput).toList(),
                consent,
                filer.signsOnPaper() && signedOnPaper);
    }

    /** Amounts that are not numbers: the core would only see them missing, so the wizard says what is wrong. */
    List<ProblemCode> amountProblems() {
        List<ProblemCode> problems = new ArrayList<>();
        for (int i = 0; i < incomes.size(); i++) {
            String amount = incomes.get(i).getAmount();
            if (!Amounts.isBlank(amount) && Amounts.parse(amount).isEmpty()) {
                problems.add(ProblemCode.of("incomes[" + i + "].amountLast3Months", "field.money"));
            }
        }
        for (int i = 0; i < property.size(); i++) {
            String value = property.get(i).getValue();
            if (!Amounts.isBlank(value) && Amounts.parse(value).isEmpty()) {
                problems.add(ProblemCode.of("property[" + i + "].estimatedValue", "field.money"));
            }
        }
        return problems;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public List<MemberRow> getHousehold() {
        return household;
    }

    public List<IncomeRow> getIncomes() {
        return incomes;
    }

    public boolean isNoIncome() {
        return noIncome;
    }

    public void setNoIncome(boolean noIncome) {
        this.noIncome = noIncome;
    }

    public List<PropertyRow> getProperty() {
        return property;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public boolean isSignedOnPaper() {
        return signedOnPaper;
    }

    public void setSignedOnPaper(boolean signedOnPaper) {
        this.signedOnPaper = signedOnPaper;
    }
}
