package lv.socialais.simulator.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import lv.socialais.integration.nva.v1.EmploymentRegisterPort;
import lv.socialais.integration.nva.v1.GetUnemploymentStatus;
import lv.socialais.integration.nva.v1.GetUnemploymentStatusResponse;
import lv.socialais.integration.nva.v1.UnemploymentStatus;
import lv.socialais.integration.pmlp.v1.GetPerson;
import lv.socialais.integration.pmlp.v1.GetPersonResponse;
import lv.socialais.integration.pmlp.v1.GetPersonsAtAddress;
import lv.socialais.integration.pmlp.v1.PopulationRegisterPort;
import lv.socialais.integration.vsaa.v1.GetDisability;
import lv.socialais.integration.vsaa.v1.GetPayments;
import lv.socialais.integration.vsaa.v1.GetPaymentsResponse;
import lv.socialais.integration.vsaa.v1.SocialInsuranceRegisterPort;
import lv.socialais.simulator.control.FaultControl;
import lv.socialais.simulator.control.FaultMode;
import lv.socialais.simulator.control.FaultSetting;
import lv.socialais.simulator.control.Register;
import lv.socialais.simulator.fixture.Fixtures;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.headers.Header;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The simulated registers over CXF's in-process transport: contracts, X-Road headers, faults. */
class RegisterEndpointsTest {

    private static final String NS = XRoadHeaders.NAMESPACE;
    private static final FaultControl CONTROL = new FaultControl();
    private static Bus bus;
    private static List<Server> servers;

    @BeforeAll
    static void publish() {
        bus = BusFactory.newInstance().createBus();
        servers = RegisterEndpoints.publishAll(bus, CONTROL, Fixtures.standard(), "local://simulator");
    }

    @AfterAll
    static void shutDown() {
        servers.forEach(Server::destroy);
        bus.shutdown(true);
    }

    @BeforeEach
    void normal() {
        CONTROL.reset();
    }

    @Test
    void aKnownPersonIsFoundWithHisAddressAndTheHeadersAreEchoed() {
        PopulationRegisterPort pmlp = client(PopulationRegisterPort.class, "pmlp", headers("msg-1"));

        GetPersonResponse response = pmlp.getPerson(getPerson("140385-12712"));

        assertTrue(response.isFound());
        assertEquals("Bērziņš", response.getPerson().getLastName());
        assertEquals(LocalDate.of(1985, 3, 14), response.getPerson().getBirthDate());
        assertEquals("0900000", response.getPerson().getDeclaredAddress().getMunicipalityCode());
        Map<String, String> echoed = responseHeaders(pmlp);
        assertEquals("msg-1", echoed.get("id"));
        assertEquals("LV01019012349", echoed.get("userId"));
        assertEquals("SD-2026/000123", echoed.get("issue"));
        assertTrue(echoed.keySet().containsAll(List.of("client", "service", "protocolVersion")));
    }

    @Test
    void anUnknownPersonIsNotFoundRatherThanAFault() {
        PopulationRegisterPort pmlp = client(PopulationRegisterPort.class, "pmlp", headers("msg-2"));

        assertFalse(pmlp.getPerson(getPerson("01019012349")).isFound());
    }

    @Test
    void theLargeFamilyIsDeclaredTogether() {
        PopulationRegisterPort pmlp = client(PopulationRegisterPort.class, "pmlp", headers("msg-3"));
        GetPersonsAtAddress request = new GetPersonsAtAddress();
        request.setPersonalCode("03108412765");

        assertEquals(6, pmlp.getPersonsAtAddress(request).getPerson().size());
    }

    @Test
    void theEmploymentAgencyKnowsTheUnemployedAndNotTheOthers() {
        EmploymentRegisterPort nva = client(EmploymentRegisterPort.class, "nva", headers("msg-4"));

        GetUnemploymentStatusResponse unemployed = nva.getUnemploymentStatus(status("14038512712"));
        GetUnemploymentStatusResponse unknown = nva.getUnemploymentStatus(status("01019012349"));

        assertEquals(UnemploymentStatus.UNEMPLOYED, unemployed.getStatus());
        assertTrue(unemployed.isBenefitPaid());
        assertEquals(new BigDecimal("612.40"), unemployed.getBenefitMonthlyAmount());
        assertEquals(UnemploymentStatus.NOT_REGISTERED, unknown.getStatus());
        assertFalse(unknown.isRegistered());
    }

    @Test
    void paymentsComeMonthByMonthAndNoneForAnUnknownPerson() {
        SocialInsuranceRegisterPort vsaa = client(SocialInsuranceRegisterPort.class, "vsaa", headers("msg-5"));

        GetPaymentsResponse pensioner = vsaa.getPayments(payments("08014211279"));
        GetPaymentsResponse unknown = vsaa.getPayments(payments("01019012349"));

        assertEquals(24, pensioner.getPayment().size());
        assertEquals(YearMonth.of(2025, 1), pensioner.getPayment().get(0).getMonth());
        assertTrue(unknown.getPayment().isEmpty());
    }

    @Test
    void disabilityIsValidOnTheDateAsked() {
        SocialInsuranceRegisterPort vsaa = client(SocialInsuranceRegisterPort.class, "vsaa", headers("msg-6"));
        GetDisability request = new GetDisability();
        request.setPersonalCode("05048112339");
        request.setOnDate(LocalDate.of(2026, 11, 20));

        assertTrue(vsaa.getDisability(request).isDisabled());
        request.setOnDate(LocalDate.of(2024, 1, 1));
        assertFalse(vsaa.getDisability(request).isDisabled());
    }

    @Test
    void aRequestWithoutHeadersIsAFault() {
        PopulationRegisterPort pmlp = client(PopulationRegisterPort.class, "pmlp", List.of());

        SOAPFaultException fault =
                assertThrows(SOAPFaultException.class, () -> pmlp.getPerson(getPerson("14038512712")));

        assertTrue(fault.getMessage().contains("client"), fault.getMessage());
        assertEquals("Client", fault.getFault().getFaultCodeAsQName().getLocalPart());
    }

    @Test
    void anEmptyIdIsAFault() {
        PopulationRegisterPort pmlp = client(PopulationRegisterPort.class, "pmlp", headers(" "));

        SOAPFaultException fault =
                assertThrows(SOAPFaultException.class, () -> pmlp.getPerson(getPerson("14038512712")));

        assertTrue(fault.getMessage().endsWith("id"), fault.getMessage());
    }

    @Test
    void anInvalidPersonalCodeBreaksTheContract() {
        PopulationRegisterPort pmlp = client(PopulationRegisterPort.class, "pmlp", headers("msg-7"));

        assertThrows(SOAPFaultException.class, () -> pmlp.getPerson(getPerson("ABC")));
    }

    @Test
    void aRegisterSwitchedToSoapFaultFailsAndTheOthersDoNot() {
        CONTROL.set(Register.NVA, new FaultSetting(FaultMode.SOAP_FAULT, 0));
        EmploymentRegisterPort nva = client(EmploymentRegisterPort.class, "nva", headers("msg-8"));
        PopulationRegisterPort pmlp = client(PopulationRegisterPort.class, "pmlp", headers("msg-9"));

        SOAPFaultException fault =
                assertThrows(SOAPFaultException.class, () -> nva.getUnemploymentStatus(status("14038512712")));

        assertEquals("Server", fault.getFault().getFaultCodeAsQName().getLocalPart());
        assertTrue(pmlp.getPerson(getPerson("14038512712")).isFound());
    }

    private static <T> T client(Class<T> contract, String register, List<Header> headers) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setBus(bus);
        factory.setServiceClass(contract);
        factory.setAddress("local://simulator/" + register);
        T port = contract.cast(factory.create());
        ((BindingProvider) port).getRequestContext().put(Header.HEADER_LIST, new ArrayList<>(headers));
        return port;
    }

    private static List<Header> headers(String id) {
        try {
            Document doc = DocumentBuilderFactory.newDefaultNSInstance()
                    .newDocumentBuilder()
                    .newDocument();
            return List.of(
                    header(identifier(doc, "client", "LV", "GOV", "90000074738", "SOCIALAIS")),
                    header(identifier(doc, "service", "LV", "GOV", "90000013606", "PMLP")),
                    header(text(doc, "id", id)),
                    header(text(doc, "userId", "LV01019012349")),
                    header(text(doc, "issue", "SD-2026/000123")),
                    header(text(doc, "protocolVersion", "4.0")));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Header header(Element element) {
        return new Header(new QName(NS, element.getLocalName()), element);
    }

    private static Element text(Document doc, String name, String value) {
        Element element = doc.createElementNS(NS, "xrd:" + name);
        element.setTextContent(value);
        return element;
    }

    private static Element identifier(
            Document doc, String name, String instance, String memberClass, String memberCode, String subsystem) {
        Element element = doc.createElementNS(NS, "xrd:" + name);
        element.appendChild(text(doc, "xRoadInstance", instance));
        element.appendChild(text(doc, "memberClass", memberClass));
        element.appendChild(text(doc, "memberCode", memberCode));
        element.appendChild(text(doc, "subsystemCode", subsystem));
        if (name.equals("service")) {
            element.appendChild(text(doc, "serviceCode", "GetPerson"));
            element.appendChild(text(doc, "serviceVersion", "v1"));
        }
        return element;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> responseHeaders(Object port) {
        List<Header> headers =
                (List<Header>) ((BindingProvider) port).getResponseContext().get(Header.HEADER_LIST);
        return headers.stream()
                .collect(Collectors.toMap(
                        h -> h.getName().getLocalPart(),
                        h -> ((Element) h.getObject()).getTextContent().strip()));
    }

    private static GetPerson getPerson(String code) {
        GetPerson request = new GetPerson();
        request.setPersonalCode(code);
        return request;
    }

    private static GetUnemploymentStatus status(String code) {
        GetUnemploymentStatus request = new GetUnemploymentStatus();
        request.setPersonalCode(code);
        request.setOnDate(LocalDate.of(2026, 11, 20));
        return request;
    }

    private static GetPayments payments(String code) {
        GetPayments request = new GetPayments();
        request.setPersonalCode(code);
        request.setFromMonth(YearMonth.of(2025, 1));
        request.setToMonth(YearMonth.of(2026, 12));
        return request;
    }
}
