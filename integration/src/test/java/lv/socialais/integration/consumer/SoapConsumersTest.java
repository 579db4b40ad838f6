package lv.socialais.integration.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import lv.socialais.integration.xroad.v1.XRoadClientIdentifier;
import org.junit.jupiter.api.Test;

class SoapConsumersTest {

    private static final Set<String> OPERATIONS =
            Set.of("SubmitEApplication", "GetApplicationStatus", "GetHouseholdStatus");

    @Test
    void noFileMeansNobodyMayCall() {
        SoapConsumers none = SoapConsumers.from(Optional.empty(), OPERATIONS);

        assertEquals(0, none.size());
        assertEquals(Optional.empty(), none.byClient(client("LV", "GOV", "90001733697", null)));
    }

    @Test
    void aConsumerIsReadWithHisClientAndGrants() {
        SoapConsumers table = SoapConsumers.parse(
                List.of(
                        "# a comment",
                        "",
                        "CN=state-portal, O=VRAA, C=LV | LV/GOV/90001733697 | SubmitEApplication, GetApplicationStatus",
                        "sha256:" + "ab".repeat(32) + " | LV/GOV/90009113532/vsaa | GetHouseholdStatus"),
                OPERATIONS);

        SoapConsumer portal =
                table.byClient(client("LV", "GOV", "90001733697", "latvija-lv")).orElseThrow();
        assertTrue(portal.mayCall("SubmitEApplication"));
        assertFalse(portal.mayCall("GetHouseholdStatus"));
        assertTrue(portal.subject().isPresent());
        SoapConsumer vsaa =
                table.byClient(client("LV", "GOV", "90009113532", "vsaa")).orElseThrow();
        assertEquals(Optional.of("ab".repeat(32)), vsaa.sha256());
        assertEquals(
                Optional.empty(),
                table.byClient(client("LV", "GOV", "90009113532", "other")),
                "a consumer named with his subsystem is only that subsystem");
    }

    @Test
    void aBadLineStopsWithItsNumberAndProblem() {
        assertEquals(
                "SOAP_CONSUMERS line 2: write certificate | X-Road client | operations",
                problem("# ok", "CN=x | LV/GOV/1"));
        assertTrue(problem("CN=x | LV/GOV/1 | DeleteEverything")
                .startsWith("SOAP_CONSUMERS line 1: unknown operation 'DeleteEverything'"));
        assertTrue(problem("CN=x | LV GOV 1 | GetHouseholdStatus")
                .contains("instance/memberClass/memberCode[/subsystem]"));
        assertTrue(problem("not=a=name=,,, | LV/GOV/1 | GetHouseholdStatus")
                .contains("neither a subject name nor sha256"));
    }

    private static String problem(String... lines) {
        return assertThrows(IllegalStateException.class, () -> SoapConsumers.parse(List.of(lines), OPERATIONS))
                .getMessage();
    }

    private static XRoadClientIdentifier client(String instance, String memberClass, String member, String subsystem) {
        XRoadClientIdentifier client = new XRoadClientIdentifier();
        client.setXRoadInstance(instance);
        client.setMemberClass(memberClass);
        client.setMemberCode(member);
        client.setSubsystemCode(subsystem);
        return client;
    }
}
