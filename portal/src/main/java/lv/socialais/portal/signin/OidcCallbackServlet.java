package lv.socialais.portal.signin;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Where the eID provider sends the resident back (our redirect URI). The answer must carry the
 * state of the attempt started in this browser; its code is then redeemed through Jakarta
 * Security, like any other credential, and the resident continues to the page he wanted (or
 * "My applications"). A refusal goes back to the sign-in page, which explains it.
 */
@WebServlet(OidcSignIn.CALLBACK)
public class OidcCallbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(OidcCallbackServlet.class.getName());
    private static final String MY_APPLICATIONS = "/resident/applications.xhtml";

    @Inject
    private OidcSignIn signIn;

    @Inject
    private SecurityContext security;

    @Inject
    private OidcSignInOutcome outcome;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<OidcAttempt> pending = signIn.take(request);
        boolean continued = pending.map(OidcAttempt::continued).orElse(false);
        AuthenticationResponse answer;
        try {
            answer = AuthenticationResponseParser.parse(
                    URI.create(request.getRequestURL() + "?" + request.getQueryString()));
        } catch (ParseException | IllegalArgumentException e) {
            refuse(request, response, OidcProblem.STATE, continued, "an answer that is not an OpenID Connect response");
            return;
        }
        String state = answer.getState() == null ? null : answer.getState().getValue();
        if (pending.isEmpty() || !pending.get().answeredBy(state)) {
            refuse(request, response, OidcProblem.STATE, continued, "an answer to no sign-in of this session");
            return;
        }
        if (!answer.indicatesSuccess()) {
            refuse(
                    request,
                    response,
                    OidcProblem.CANCELLED,
                    continued,
                    "the provider answered "
                            + answer.toErrorResponse().getErrorObject().getCode());
            return;
        }
        request.changeSessionId(); // a new session id with the new identity: no session fixation
        AuthenticationStatus status = security.authenticate(
                request,
                response,
                withParams()
                        .credential(new AuthorizationCodeCredential(
                                answer.toSuccessResponse()
                                        .getAuthorizationCode()
                                        .getValue(),
                                pending.get()))
                        .newAuthentication(!continued));
        switch (status) {
            case SEND_CONTINUE -> {} // Soteria sends him on to the page he wanted
            case SUCCESS -> response.sendRedirect(request.getContextPath() + MY_APPLICATIONS);
            default ->
                refuse(request, response, outcome.problem().orElse(OidcProblem.TOKEN), continued, "not signed in");
        }
    }

    private static void refuse(
            HttpServletRequest request,
            HttpServletResponse response,
            OidcProblem problem,
            boolean continued,
            String why)
            throws IOException {
        LOG.info(() -> "eID sign-in answer refused (" + problem + "): " + why);
        response.sendRedirect(request.getContextPath() + "/signin/index.xhtml?problem=" + problem.name()
                + (continued ? "&continue=true" : ""));
    }
}
