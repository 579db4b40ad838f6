package lv.socialais.portal.resident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import lv.socialais.portal.filing.ResidentProfile;
import lv.socialais.portal.signin.SignInSettings;
import lv.socialais.portal.signin.TestPersons;
import lv.socialais.register.PopulationRegister;
import lv.socialais.register.QueryContext;

/**
 * Finds a resident's name and declared address in the population register (PMLP), so that he
 * never types them. The register adapter may be missing or the register down: then the portal
 * still works, with the test persons' names in development and otherwise without a name,
 * which the resident then types in the wizard.
 */
@ApplicationScoped
public class ResidentProfiles {

    private static final Logger LOG = Logger.getLogger(ResidentProfiles.class.getName());

    @Inject
    private Instance<PopulationRegister> register;

    @Inject
    private SignInSettings signIn;

    public ResidentProfile of(String personalCode) {
        return fromRegister(personalCode).orElseGet(() -> fallback(personalCode));
    }

    private Optional<ResidentProfile> fromRegister(String personalCode) {
        if (!register.isResolvable()) {
            return Optional.empty();
        }
        try {
            QueryContext context = new QueryContext(
                    UUID.randomUUID().toString(),
                    personalCode,
                    null,
                    "Resident portal: the signed-in person's own name and declared address");
            return register.get()
                    .person(personalCode, context)
                    .map(person -> new ResidentProfile(
                            personalCode,
                            person.firstName(),
                            person.lastName(),
                            person.declaredAddress() == null
                                    ? null
                                    : person.declaredAddress().text(),
                            true));
        } catch (RuntimeException e) {
            // RegisterUnavailable or an adapter's failure: the resident can go on without it.
            LOG.log(Level.WARNING, "Population register did not answer for the signed-in resident: {0}", e.toString());
            return Optional.empty();
        }
    }

    private ResidentProfile fallback(String personalCode) {
        return TestPersons.byCode(personalCode)
                .filter(person -> signIn.isDevelopment())
                .map(person -> new ResidentProfile(personalCode, person.firstName(), person.lastName(), null, false))
                .orElse(new ResidentProfile(personalCode, null, null, null, false));
    }
}
