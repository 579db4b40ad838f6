package lv.socialais.benchmark;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import lv.socialais.portal.testing.SignedEnvelope;

/**
 * Signed e-applications of the state portal, each with its own message id and submission key
 * (the intake refuses a replayed message), signed ahead of the run where possible: the load
 * generator shares the machine, and its own signing should not be what is measured.
 */
final class SignedApplications {

    /** A GMI of a household of two with a pension: application, answers, a member, an income. */
    static final String BODY = "<i:SubmitEApplication><i:eServiceUrn>URN:IVIS:100001:EP.DA-DA29-V1-0</i:eServiceUrn>"
            + "<i:submissionKey>%s</i:submissionKey>"
            + "<i:applicant><i:personalCode>290179-12639</i:personalCode><i:firstName>Edgars</i:firstName>"
            + "<i:lastName>Kalējs</i:lastName></i:applicant><i:applicationTypeCode>GMI_BENEFIT</i:applicationTypeCode>"
            + "<i:answer><i:fieldCode>needy_status</i:fieldCode><i:value>APPLYING_NOW</i:value></i:answer>"
            + "<i:answer><i:fieldCode>working_age_members_count</i:fieldCode><i:value>1</i:value></i:answer>"
            + "<i:answer><i:fieldCode>situation_description</i:fieldCode><i:value>Slodzes tests.</i:value></i:answer>"
            + "<i:answer><i:fieldCode>iban</i:fieldCode><i:value>LV80BANK0000435195001</i:value></i:answer>"
            + "<i:householdMember><i:personalCode>311299-10008</i:personalCode><i:firstName>Anna</i:firstName>"
            + "<i:lastName>Kalēja</i:lastName><i:relation>PARTNER</i:relation></i:householdMember>"
            + "<i:income><i:earnerPersonalCode>311299-10008</i:earnerPersonalCode><i:incomeType>PENSION</i:incomeType>"
            + "<i:amountLast3Months>420.00</i:amountLast3Months></i:income>"
            + "<i:noIncomeDeclared>false</i:noIncomeDeclared><i:consentGiven>true</i:consentGiven></i:SubmitEApplication>";

    private final ConcurrentLinkedQueue<String> signed = new ConcurrentLinkedQueue<>();

    /** Signs this many before the run. */
    SignedApplications(int ahead) {
        for (int i = 0; i < ahead; i++) {
            signed.add(next());
        }
    }

    /** A feeder for Gatling: a signed envelope that was never sent, signed now if none is left. */
    java.util.Iterator<Map<String, Object>> feeder() {
        return java.util.stream.Stream.generate(() -> Map.<String, Object>of("envelope", take()))
                .iterator();
    }

    private String take() {
        String envelope = signed.poll();
        return envelope != null ? envelope : next();
    }

    private static String next() {
        String envelope = SignedEnvelope.envelope(
                SignedEnvelope.STATE_PORTAL, "SubmitEApplication", BODY.formatted(UUID.randomUUID()));
        try {
            return SignedEnvelope.signFully(envelope, "state-portal");
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign with the development key (WSS_TRUSTSTORE?)", e);
        }
    }
}
