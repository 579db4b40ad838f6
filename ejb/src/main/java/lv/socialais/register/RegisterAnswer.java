package lv.socialais.register;

/** A register's answer to one query: a one-line summary for the caseworker's list and the data itself. */
record RegisterAnswer(String summary, Object data) {}
