package lv.socialais.integration.xroad;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import lv.socialais.integration.xroad.v1.XRoadClientIdentifier;
import lv.socialais.integration.xroad.v1.XRoadServiceIdentifier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who we are on the X-Road-style exchange (our municipality and subsystem), and who the
 * registers are; all configuration, since the real identifiers are issued on onboarding.
 */
@ApplicationScoped
public class XRoadMembers {

    @Inject
    @ConfigProperty(name = "XROAD_INSTANCE", defaultValue = "LV")
    String instance;

    @Inject
    @ConfigProperty(name = "XROAD_MEMBER_CLASS", defaultValue = "GOV")
    String memberClass;

    @Inject
    @ConfigProperty(name = "XROAD_MEMBER_CODE", defaultValue = "90000000000")
    String memberCode;

    @Inject
    @ConfigProperty(name = "XROAD_SUBSYSTEM", defaultValue = "socialais")
    String subsystem;

    public XRoadClientIdentifier us() {
        XRoadClientIdentifier client = new XRoadClientIdentifier();
        client.setXRoadInstance(instance);
        client.setMemberClass(memberClass);
        client.setMemberCode(memberCode);
        client.setSubsystemCode(subsystem);
        return client;
    }

    /** A register's service, e.g. PMLP GetPerson v1; the register's member code is its own name here. */
    public XRoadServiceIdentifier service(String register, String serviceCode, String version) {
        XRoadServiceIdentifier service = new XRoadServiceIdentifier();
        service.setXRoadInstance(instance);
        service.setMemberClass("GOV");
        service.setMemberCode(register);
        service.setSubsystemCode(register.toLowerCase(java.util.Locale.ROOT));
        service.setServiceCode(serviceCode);
        service.setServiceVersion(version);
        return service;
    }
}
