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
        try {
            return SignedEnvelope.signedGmiEApplication(UUID.randomUUID().toString());
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign with the development key (WSS_TRUSTSTORE?)", e);
        }
    }
}
