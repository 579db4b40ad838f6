package lv.socialais.portal.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

/** The sign-in under way, as the session keeps it between the provider's redirects. */
class OidcAttemptTest {

    private final OidcAttempt attempt = new OidcAttempt(
            "state-a1", "nonce-b2", "verifier-c3", "https://portal.example.lv/signin/oidc/callback", true);

    @Test
    void onlyItsOwnStateAnswersIt() {
        assertTrue(attempt.answeredBy("state-a1"));
        assertFalse(attempt.answeredBy("state-a2"));
        assertFalse(attempt.answeredBy(""));
        assertFalse(attempt.answeredBy(null));
    }

    @Test
    void itTravelsToAnotherClusterNodeWhole() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(attempt);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(attempt, in.readObject());
        }
    }

    @Test
    void itsSecretsStayOutOfLogs() {
        String logged = attempt + " " + new AuthorizationCodeCredential("the-code", attempt);

        assertFalse(
                logged.contains("state-a1")
                        || logged.contains("nonce-b2")
                        || logged.contains("verifier-c3")
                        || logged.contains("the-code"),
                logged);
    }
}
