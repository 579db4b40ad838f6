package lv.socialais.application;

import jakarta.ejb.ApplicationException;
import java.util.List;
import lv.socialais.application.validation.Problem;

/** The application was not accepted; every problem is listed, translated, and nothing was stored. */
@ApplicationException(rollback = true)
public class SubmissionRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<Problem> problems;

    public SubmissionRejected(List<Problem> problems) {
        super(problems.size() + " problem(s) in the application: "
                + problems.stream().map(p -> p.field() + "=" + p.messageKey()).toList());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
