package lv.socialais.application;

/** The things that can happen to an application, each a move of the lifecycle. */
public enum Action {
    SUBMIT,
    REGISTER,
    WITHDRAW,
    ASSIGN,
    REQUEST_INFORMATION,
    ANSWER_INFORMATION,
    EXTEND_DEADLINE,
    DECIDE,
    PROPOSE_DECISION,
    APPROVE_DECISION,
    RETURN_DECISION,
    REGISTER_APPEAL,
    CLOSE
}
