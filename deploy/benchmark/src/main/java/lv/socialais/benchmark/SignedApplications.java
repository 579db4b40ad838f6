package lv.socialais.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import lv.socialais.portal.testing.SignedEnvelope;

/**
 * Signed e-applications of the state portal, each with its own message id and submission key
 * (the intake refuses a replayed message). The benchmark signs them ahead into a file, one
 * envelope a line (its submission key, a tab, the envelope in Base64), before the intake scenario starts and before the server's CPU is
 * measured: the load generator shares the machine, and its own signing should be neither what
 * is measured nor inside the window in which the server's share is counted.
 */
final class SignedApplications {

    private final ConcurrentLinkedQueue<String> signed = new ConcurrentLinkedQueue<>();

    /** The envelopes signed ahead into this file, if it exists. */
    SignedApplications(Path ahead) throws IOException {
        if (Files.exists(ahead)) {
            try (Stream<String> lines = Files.lines(ahead)) {
                lines.map(line -> new String(
                                Base64.getDecoder().decode(line.substring(line.indexOf('\t') + 1)),
                                StandardCharsets.UTF_8))
                        .forEach(signed::add);
            }
        }
    }

    /** Signs this many envelopes into the file, on every core. */
    static void signAhead(Path file, int count) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (String line : IntStream.range(0, count)
                    .parallel()
                    .mapToObj(i -> {
                        String key = UUID.randomUUID().toString();
                        return key + "\t"
                                + Base64.getEncoder().encodeToString(signed(key).getBytes(StandardCharsets.UTF_8));
                    })
                    .toList()) {
                out.write(line);
                out.newLine();
            }
        }
    }

    /** The submission keys of the envelopes signed ahead into the file. */
    static Set<String> keysIn(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.map(line -> line.substring(0, line.indexOf('\t'))).collect(Collectors.toSet());
        }
    }

    /** The next envelope signed ahead, or none when every one was taken. */
    Optional<String> nextSignedAhead() {
        return Optional.ofNullable(signed.poll());
    }

    /** A feeder for Gatling: a signed envelope that was never sent, signed now if none is left. */
    Iterator<Map<String, Object>> feeder() {
        return Stream.generate(() -> Map.<String, Object>of("envelope", take())).iterator();
    }

    private String take() {
        String envelope = signed.poll();
        return envelope != null ? envelope : next();
    }

    private static String next() {
        return signed(UUID.randomUUID().toString());
    }

    private static String signed(String submissionKey) {
        try {
            return SignedEnvelope.signedGmiEApplication(submissionKey);
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign with the development key (WSS_TRUSTSTORE?)", e);
        }
    }
}
