package lv.socialais.staff;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * The staff users' password hashes: PBKDF2-SHA256 with 210,000 iterations (OWASP's figure for
 * it) and a 32-byte salt. An unknown user name is checked against a hash made at start-up, so
 * that it costs the same time as a wrong password and the answer's speed does not tell which
 * user names exist.
 */
@ApplicationScoped
public class StaffPasswords {

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    private String dummyHash;

    @PostConstruct
    void configure() {
        passwordHash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        dummyHash = passwordHash.generate("no-user-has-this-password".toCharArray());
    }

    public String hash(char[] password) {
        return passwordHash.generate(password);
    }

    public boolean matches(char[] password, String hash) {
        return passwordHash.verify(password, hash);
    }

    /** Spends the time of one check, for a user name that does not exist. */
    void checkAgainstNobody(char[] password) {
        passwordHash.verify(password, dummyHash);
    }
}
