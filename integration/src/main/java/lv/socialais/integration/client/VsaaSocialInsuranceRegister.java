package lv.socialais.integration.client;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import lv.socialais.integration.vsaa.v1.GetDisability;
import lv.socialais.integration.vsaa.v1.GetDisabilityResponse;
import lv.socialais.integration.vsaa.v1.GetPayments;
import lv.socialais.integration.vsaa.v1.GetPaymentsResponse;
import lv.socialais.integration.vsaa.v1.SocialInsuranceRegisterPort;
import lv.socialais.register.QueryContext;
import lv.socialais.register.RegisterUnavailable;
import lv.socialais.register.SocialInsuranceRegister;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;

/** Our end of the State Social Insurance Agency's register. */
@ApplicationScoped
public class VsaaSocialInsuranceRegister implements SocialInsuranceRegister {

    private static final String REGISTER = "VSAA";

    @Inject
    private RegisterCall call;

    private SocialInsuranceRegisterPort port;

    @PostConstruct
    void connect() {
        port = SoapClients.create(
                SocialInsuranceRegisterPort.class, RegisterEndpoint.of(REGISTER, ConfigProvider.getConfig()));
    }

    @Override
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = RegisterUnavailable.class)
    @CircuitBreaker(
            requestVolumeThreshold = 4,
            failureRatio = 0.75,
            delay = 10_000,
            successThreshold = 2,
            failOn = RegisterUnavailable.class)
    public PaymentHistory payments(String personalCode, YearMonth from, YearMonth to, QueryContext context) {
        GetPayments request = new GetPayments();
        request.setPersonalCode(personalCode);
        request.setFromMonth(from);
        request.setToMonth(to);
        GetPaymentsResponse response =
                call.ask(port, REGISTER, "GetPayments", context, personalCode, () -> port.getPayments(request));
        return new PaymentHistory(
                response.getPayment().stream()
                        .map(payment -> new Payment(
                                payment.getMonth(), payment.getType().value(), payment.getAmount()))
                        .toList(),
                response.getInsuredIncomeMonthly());
    }

    @Override
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = RegisterUnavailable.class)
    @CircuitBreaker(
            requestVolumeThreshold = 4,
            failureRatio = 0.75,
            delay = 10_000,
            successThreshold = 2,
            failOn = RegisterUnavailable.class)
    public Disability disability(String personalCode, LocalDate onDate, QueryContext context) {
        GetDisability request = new GetDisability();
        request.setPersonalCode(personalCode);
        request.setOnDate(onDate);
        GetDisabilityResponse response =
                call.ask(port, REGISTER, "GetDisability", context, personalCode, () -> port.getDisability(request));
        return new Disability(
                response.isDisabled(),
                response.getGroup() == null ? null : response.getGroup().value(),
                response.getValidFrom(),
                response.getValidUntil());
    }
}
