package lv.socialais.application;

/** What an application says, as the input that made it: for resuming a draft in the wizard. */
final class ApplicationAsInput {

    private ApplicationAsInput() {}

    static ApplicationInput of(Application application) {
        Declaration declaration = application.getDeclaration();
        Applicant applicant = declaration.getApplicant();
        return new ApplicationInput(
                application.getType().getCode(),
                application.getFiling().getChannel(),
                application.getFiling().getSubmissionKey().orElse(null),
                new ApplicantInput(
                        applicant.getPersonalCode(),
                        applicant.getFirstName(),
                        applicant.getLastName(),
                        applicant.getEmail(),
                        applicant.getPhone()),
                declaration.getAnswers(),
                application.getHousehold().stream()
                        .map(HouseholdMember::toInput)
                        .toList(),
                application.getIncomes().stream().map(DeclaredIncome::toInput).toList(),
                declaration.isNoIncomeDeclared(),
                application.getProperty().stream()
                        .map(DeclaredProperty::toInput)
                        .toList(),
                declaration.isConsentGiven(),
                declaration.isSignedOnPaper());
    }
}
