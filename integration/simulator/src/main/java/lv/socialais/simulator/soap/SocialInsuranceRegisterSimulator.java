package lv.socialais.simulator.soap;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import lv.socialais.integration.vsaa.v1.DisabilityGroup;
import lv.socialais.integration.vsaa.v1.GetDisability;
import lv.socialais.integration.vsaa.v1.GetDisabilityResponse;
import lv.socialais.integration.vsaa.v1.GetPayments;
import lv.socialais.integration.vsaa.v1.GetPaymentsResponse;
import lv.socialais.integration.vsaa.v1.Payment;
import lv.socialais.integration.vsaa.v1.PaymentType;
import lv.socialais.integration.vsaa.v1.SocialInsuranceRegisterPort;
import lv.socialais.simulator.fixture.DisabilityRecord;
import lv.socialais.simulator.fixture.FixturePerson;
import lv.socialais.simulator.fixture.Fixtures;
import lv.socialais.simulator.fixture.PaymentPeriod;
import org.apache.cxf.binding.soap.Soap11;
import org.apache.cxf.binding.soap.SoapFault;

/** The VSAA social insurance agency: monthly payments, insured income and disability. */
public class SocialInsuranceRegisterSimulator implements SocialInsuranceRegisterPort {

    /** The longest period one GetPayments may ask for, as a real register would limit it. */
    static final int MAX_MONTHS = 36;

    private final Fixtures fixtures;

    public SocialInsuranceRegisterSimulator(Fixtures fixtures) {
        this.fixtures = fixtures;
    }

    @Override
    public GetPaymentsResponse getPayments(GetPayments request) {
        YearMonth from = request.getFromMonth();
        YearMonth to = request.getToMonth();
        if (from.isAfter(to) || from.plusMonths(MAX_MONTHS - 1).isBefore(to)) {
            // A wrong request is a technical error: a SOAP fault, not an answer.
            throw new SoapFault(
                    "fromMonth must not be after toMonth, and the period at most " + MAX_MONTHS + " months",
                    Soap11.getInstance().getSender());
        }
        GetPaymentsResponse response = new GetPaymentsResponse();
        fixtures.person(request.getPersonalCode()).ifPresent(person -> {
            person.payments().stream()
                    .flatMap(period -> period.monthsBetween(from, to).map(month -> toPayment(period, month)))
                    .sorted(Comparator.comparing(Payment::getMonth)
                            .thenComparing(p -> p.getType().ordinal()))
                    .forEach(response.getPayment()::add);
            response.setInsuredIncomeMonthly(person.insuredIncomeMonthly());
        });
        return response;
    }

    private static Payment toPayment(PaymentPeriod period, YearMonth month) {
        Payment payment = new Payment();
        payment.setMonth(month);
        payment.setType(PaymentType.valueOf(period.type()));
        payment.setAmount(period.amount());
        return payment;
    }

    @Override
    public GetDisabilityResponse getDisability(GetDisability request) {
        LocalDate onDate = request.getOnDate();
        DisabilityRecord disability = fixtures.person(request.getPersonalCode())
                .map(FixturePerson::disability)
                .filter(d -> d.validOn(onDate))
                .orElse(null);
        GetDisabilityResponse response = new GetDisabilityResponse();
        response.setDisabled(disability != null);
        if (disability != null) {
            response.setGroup(DisabilityGroup.fromValue(disability.group()));
            response.setValidFrom(disability.validFrom());
            response.setValidUntil(disability.validUntil());
        }
        return response;
    }
}
