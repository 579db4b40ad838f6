package lv.socialais.simulator.soap;

import lv.socialais.integration.pmlp.v1.DeclaredAddress;
import lv.socialais.integration.pmlp.v1.GetPerson;
import lv.socialais.integration.pmlp.v1.GetPersonResponse;
import lv.socialais.integration.pmlp.v1.GetPersonsAtAddress;
import lv.socialais.integration.pmlp.v1.GetPersonsAtAddressResponse;
import lv.socialais.integration.pmlp.v1.Person;
import lv.socialais.integration.pmlp.v1.PopulationRegisterPort;
import lv.socialais.simulator.fixture.Declaration;
import lv.socialais.simulator.fixture.FixturePerson;
import lv.socialais.simulator.fixture.Fixtures;

/** The PMLP population register, answering from the fixture persons. */
public class PopulationRegisterSimulator implements PopulationRegisterPort {

    private final Fixtures fixtures;

    public PopulationRegisterSimulator(Fixtures fixtures) {
        this.fixtures = fixtures;
    }

    @Override
    public GetPersonResponse getPerson(GetPerson request) {
        GetPersonResponse response = new GetPersonResponse();
        fixtures.person(request.getPersonalCode())
                .ifPresentOrElse(
                        person -> {
                            response.setFound(true);
                            response.setPerson(toPerson(person));
                        },
                        () -> response.setFound(false));
        return response;
    }

    @Override
    public GetPersonsAtAddressResponse getPersonsAtAddress(GetPersonsAtAddress request) {
        GetPersonsAtAddressResponse response = new GetPersonsAtAddressResponse();
        fixtures.person(request.getPersonalCode())
                .map(fixtures::declaredWith)
                .ifPresent(persons -> persons.forEach(p -> response.getPerson().add(toPerson(p))));
        return response;
    }

    private static Person toPerson(FixturePerson fixture) {
        Person person = new Person();
        person.setPersonalCode(fixture.personalCode());
        person.setFirstName(fixture.firstName());
        person.setLastName(fixture.lastName());
        person.setBirthDate(fixture.birthDate());
        person.setDeceased(fixture.deceased());
        person.setDeathDate(fixture.deathDate());
        fixture.declared().ifPresent(d -> person.setDeclaredAddress(toAddress(d)));
        return person;
    }

    private static DeclaredAddress toAddress(Declaration declaration) {
        DeclaredAddress address = new DeclaredAddress();
        address.setAddressText(declaration.address().text());
        address.setMunicipalityCode(declaration.address().municipalityCode());
        address.setMunicipalityName(declaration.address().municipalityName());
        address.setDeclaredSince(declaration.declaredSince());
        return address;
    }
}
