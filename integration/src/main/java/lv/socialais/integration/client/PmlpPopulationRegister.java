package lv.socialais.integration.client;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import lv.socialais.integration.pmlp.v1.DeclaredAddress;
import lv.socialais.integration.pmlp.v1.GetPerson;
import lv.socialais.integration.pmlp.v1.GetPersonResponse;
import lv.socialais.integration.pmlp.v1.GetPersonsAtAddress;
import lv.socialais.integration.pmlp.v1.PopulationRegisterPort;
import lv.socialais.register.PopulationRegister;
import lv.socialais.register.QueryContext;
import lv.socialais.register.RegisterUnavailable;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;

/** Our end of the population register: the PMLP contract translated into the core's terms. */
@ApplicationScoped
public class PmlpPopulationRegister implements PopulationRegister {

    private static final String REGISTER = "PMLP";

    @Inject
    private RegisterCall call;

    private PopulationRegisterPort port;

    @PostConstruct
    void connect() {
        port = SoapClients.create(
                PopulationRegisterPort.class, RegisterEndpoint.of(REGISTER, ConfigProvider.getConfig()));
    }

    @Override
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = RegisterUnavailable.class)
    @CircuitBreaker(
            requestVolumeThreshold = 4,
            failureRatio = 0.75,
            delay = 10_000,
            successThreshold = 2,
            failOn = RegisterUnavailable.class)
    public Optional<Person> person(String personalCode, QueryContext context) {
        GetPerson request = new GetPerson();
        request.setPersonalCode(personalCode);
        GetPersonResponse response =
                call.ask(port, REGISTER, "GetPerson", context, personalCode, () -> port.getPerson(request));
        return response.isFound() ? Optional.of(toPerson(response.getPerson())) : Optional.empty();
    }

    @Override
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = RegisterUnavailable.class)
    @CircuitBreaker(
            requestVolumeThreshold = 4,
            failureRatio = 0.75,
            delay = 10_000,
            successThreshold = 2,
            failOn = RegisterUnavailable.class)
    public List<Person> personsAtAddressOf(String personalCode, QueryContext context) {
        GetPersonsAtAddress request = new GetPersonsAtAddress();
        request.setPersonalCode(personalCode);
        return call
                .ask(
                        port,
                        REGISTER,
                        "GetPersonsAtAddress",
                        context,
                        personalCode,
                        () -> port.getPersonsAtAddress(request))
                .getPerson()
                .stream()
                .map(PmlpPopulationRegister::toPerson)
                .toList();
    }

    private static Person toPerson(lv.socialais.integration.pmlp.v1.Person person) {
        DeclaredAddress address = person.getDeclaredAddress();
        return new Person(
                person.getPersonalCode(),
                person.getFirstName(),
                person.getLastName(),
                person.getBirthDate(),
                person.isDeceased(),
                person.getDeathDate(),
                address == null
                        ? null
                        : new Address(
                                address.getAddressText(),
                                address.getMunicipalityCode(),
                                address.getMunicipalityName(),
                                address.getDeclaredSince()));
    }
}
