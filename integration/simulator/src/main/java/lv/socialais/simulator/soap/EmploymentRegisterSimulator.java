package lv.socialais.simulator.soap;

import java.time.LocalDate;
import lv.socialais.integration.nva.v1.EmploymentRegisterPort;
import lv.socialais.integration.nva.v1.GetUnemploymentStatus;
import lv.socialais.integration.nva.v1.GetUnemploymentStatusResponse;
import lv.socialais.integration.nva.v1.UnemploymentStatus;
import lv.socialais.simulator.fixture.EmploymentRecord;
import lv.socialais.simulator.fixture.FixturePerson;
import lv.socialais.simulator.fixture.Fixtures;

/** The NVA employment agency, answering from the fixture persons' employment records. */
public class EmploymentRegisterSimulator implements EmploymentRegisterPort {

    private final Fixtures fixtures;

    public EmploymentRegisterSimulator(Fixtures fixtures) {
        this.fixtures = fixtures;
    }

    @Override
    public GetUnemploymentStatusResponse getUnemploymentStatus(GetUnemploymentStatus request) {
        LocalDate onDate = request.getOnDate();
        EmploymentRecord record = fixtures.person(request.getPersonalCode())
                .map(FixturePerson::employment)
                .filter(r -> r.registeredOn(onDate))
                .orElse(null);
        GetUnemploymentStatusResponse response = new GetUnemploymentStatusResponse();
        if (record == null) {
            response.setRegistered(false);
            response.setStatus(UnemploymentStatus.NOT_REGISTERED);
            response.setBenefitPaid(false);
            return response;
        }
        response.setRegistered(true);
        response.setStatus(UnemploymentStatus.valueOf(record.status()));
        response.setRegisteredSince(record.registeredSince());
        response.setActiveMeasure(record.activeMeasure());
        boolean benefitPaid = record.benefitPaidOn(onDate);
        response.setBenefitPaid(benefitPaid);
        if (benefitPaid) {
            response.setBenefitMonthlyAmount(record.benefitMonthlyAmount());
        }
        return response;
    }
}
