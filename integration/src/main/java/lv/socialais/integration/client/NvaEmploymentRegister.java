package lv.socialais.integration.client;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import lv.socialais.integration.nva.v1.EmploymentRegisterPort;
import lv.socialais.integration.nva.v1.GetUnemploymentStatus;
import lv.socialais.integration.nva.v1.GetUnemploymentStatusResponse;
import lv.socialais.register.EmploymentRegister;
import lv.socialais.register.QueryContext;
import lv.socialais.register.RegisterUnavailable;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;

/** Our end of the State Employment Agency's register. */
@ApplicationScoped
public class NvaEmploymentRegister implements EmploymentRegister {

    private static final String REGISTER = "NVA";

    @Inject
    private RegisterCall call;

    private EmploymentRegisterPort port;

    @PostConstruct
    void connect() {
        port = SoapClients.create(
                EmploymentRegisterPort.class, RegisterEndpoint.of(REGISTER, ConfigProvider.getConfig()));
    }

    @Override
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = RegisterUnavailable.class)
    @CircuitBreaker(
            requestVolumeThreshold = 4,
            failureRatio = 0.75,
            delay = 10_000,
            successThreshold = 2,
            failOn = RegisterUnavailable.class)
    public UnemploymentStatus unemploymentStatus(String personalCode, LocalDate onDate, QueryContext context) {
        GetUnemploymentStatus request = new GetUnemploymentStatus();
        request.setPersonalCode(personalCode);
        request.setOnDate(onDate);
        GetUnemploymentStatusResponse response = call.ask(
                port,
                REGISTER,
                "GetUnemploymentStatus",
                context,
                personalCode,
                () -> port.getUnemploymentStatus(request));
        return new UnemploymentStatus(
                response.isRegistered(),
                response.getStatus() == null ? null : response.getStatus().value(),
                response.getRegisteredSince(),
                response.getActiveMeasure(),
                response.isBenefitPaid(),
                response.getBenefitMonthlyAmount());
    }
}
