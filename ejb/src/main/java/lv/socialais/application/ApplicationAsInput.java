package lv.socialais.application;

/** What an application says, as the input that made it: for resuming a draft in the wizard. */
final class ApplicationAsInput {

    private ApplicationAsInput() {}

    static ApplicationInput of(Application application) {
        Declaration declaration = application.getDeclaration();
        return new ApplicationInput(
                application.getType().getCode(),
                application.getFiling().getChannel(),
                application.getFiling().getSubmissionKey().orElse(null),
                declaration.getApplicant().toInput(),
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
