package lv.socialais.simulator.soap;

import java.util.List;
import java.util.logging.Logger;
import javax.xml.namespace.QName;
import lv.socialais.integration.nva.v1.EmploymentRegisterPort;
import lv.socialais.integration.nva.v1.EmploymentRegisterService;
import lv.socialais.integration.pmlp.v1.PopulationRegisterPort;
import lv.socialais.integration.pmlp.v1.PopulationRegisterService;
import lv.socialais.integration.vsaa.v1.SocialInsuranceRegisterPort;
import lv.socialais.integration.vsaa.v1.SocialInsuranceRegisterService;
import lv.socialais.simulator.control.FaultControl;
import lv.socialais.simulator.control.Register;
import lv.socialais.simulator.fixture.Fixtures;
import org.apache.cxf.Bus;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;

/**
 * Publishes the three simulated registers on a CXF bus, each from its own WSDL (so the served
 * contract is exactly ours), with request validation and the X-Road header checks.
 */
public final class RegisterEndpoints {

    private static final Logger LOG = Logger.getLogger(RegisterEndpoints.class.getName());

    private RegisterEndpoints() {}

    /**
     * @param addressPrefix put before each register's address ({@code /pmlp}...): empty under the
     *                      servlet, e.g. {@code local://} in tests
     */
    public static List<Server> publishAll(Bus bus, FaultControl control, Fixtures fixtures, String addressPrefix) {
        return List.of(
                publish(
                        bus,
                        control,
                        addressPrefix,
                        Register.PMLP,
                        PopulationRegisterPort.class,
                        new PopulationRegisterSimulator(fixtures),
                        "wsdl/pmlp-v1.wsdl",
                        PopulationRegisterService.SERVICE,
                        PopulationRegisterService.PopulationRegisterSoap),
                publish(
                        bus,
                        control,
                        addressPrefix,
                        Register.NVA,
                        EmploymentRegisterPort.class,
                        new EmploymentRegisterSimulator(fixtures),
                        "wsdl/nva-v1.wsdl",
                        EmploymentRegisterService.SERVICE,
                        EmploymentRegisterService.EmploymentRegisterSoap),
                publish(
                        bus,
                        control,
                        addressPrefix,
                        Register.VSAA,
                        SocialInsuranceRegisterPort.class,
                        new SocialInsuranceRegisterSimulator(fixtures),
                        "wsdl/vsaa-v1.wsdl",
                        SocialInsuranceRegisterService.SERVICE,
                        SocialInsuranceRegisterService.SocialInsuranceRegisterSoap));
    }

    private static Server publish(
            Bus bus,
            FaultControl control,
            String addressPrefix,
            Register register,
            Class<?> contract,
            Object implementation,
            String wsdl,
            QName service,
            QName port) {
        JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
        factory.setBus(bus);
        factory.setServiceClass(contract);
        factory.setServiceBean(implementation);
        factory.setAddress(addressPrefix + register.address());
        factory.setWsdlLocation("classpath:" + wsdl);
        factory.setServiceName(service);
        factory.setEndpointName(port);
        // Requests are checked against the contract, as at any boundary.
        factory.getProperties(true).put("schema-validation-enabled", "IN");
        SignatureRequirement.fromEnvironment().ifPresent(factory.getInInterceptors()::add);
        factory.getInInterceptors().add(new XRoadHeadersInInterceptor(register, control));
        factory.getOutInterceptors().add(new XRoadHeadersOutInterceptor());
        Server server = factory.create();
        LOG.info(() -> "Register simulator " + register + " published at " + addressPrefix + register.address());
        return server;
    }
}
