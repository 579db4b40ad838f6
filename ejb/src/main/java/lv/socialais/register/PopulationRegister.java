package lv.socialais.register;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The population register (PMLP): who a person is, where he is declared, who lives there too. */
public interface PopulationRegister {

    /** @throws RegisterUnavailable when the register cannot answer now */
    Optional<Person> person(String personalCode, QueryContext context);

    /** The persons declared at the same address as this person, himself included. */
    List<Person> personsAtAddressOf(String personalCode, QueryContext context);

    record Person(
            String personalCode,
            String firstName,
            String lastName,
            LocalDate birthDate,
            boolean deceased,
            LocalDate deathDate,
            Address declaredAddress)
            implements Serializable {}

    record Address(String text, String municipalityCode, String municipalityName, LocalDate declaredSince)
            implements Serializable {}
}
