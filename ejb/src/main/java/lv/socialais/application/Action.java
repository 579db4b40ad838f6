package lv.socialais.application;

/** The things that can happen to an application, each a move of the lifecycle. */
public enum Action {
    SUBMIT, REGISTER, WITHDRAW, ASSIGN, REQUEST_INFORMATION, ANSWER_INFORMATION, EXTEND_DEADLINE,
    DECIDE, REGISTER_APPEAL, CLOSE
}
