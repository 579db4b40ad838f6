package lv.socialais.integration.consumer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.security.auth.x500.X500Principal;

/**
 * The consumers table: which systems may call which of our SOAP operations, read from the file
 * SOAP_CONSUMERS names (format in integration/src/dev-keys/soap-consumers.txt). Without the
 * setting the table is empty and every call is refused: a setting left unset opens no door.
 */
public final class SoapConsumers {

    private static final Pattern FINGERPRINT = Pattern.compile("sha256:[0-9a-fA-F]{64}");
    private static final Pattern CLIENT_ID = Pattern.compile("[^/\\s]+/[^/\\s]+/[^/\\s]+(/[^/\\s]+)?");

    private final List<SoapConsumer> consumers;

    private SoapConsumers(List<SoapConsumer> consumers) {
        this.consumers = List.copyOf(consumers);
    }

    /** The table of the file, or an empty one (nobody may call) when no file is named. */
    public static SoapConsumers from(Optional<String> file, Set<String> knownOperations) {
        if (file.isEmpty()) {
            return new SoapConsumers(List.of());
        }
        try {
            return parse(Files.readAllLines(Path.of(file.get()), StandardCharsets.UTF_8), knownOperations);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "SOAP_CONSUMERS names " + file.get() + ", which cannot be read: " + e.getMessage());
        }
    }

    /** @throws IllegalStateException naming the line and what is wrong with it */
    static SoapConsumers parse(List<String> lines, Set<String> knownOperations) {
        List<SoapConsumer> consumers = new ArrayList<>();
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            consumers.add(consumer(line, number, knownOperations));
        }
        return new SoapConsumers(consumers);
    }

    private static SoapConsumer consumer(String line, int number, Set<String> knownOperations) {
        String[] parts = line.split("\\|");
        if (parts.length != 3) {
            throw wrong(number, "write certificate | X-Road client | operations");
        }
        String certificate = parts[0].strip();
        String client = parts[1].strip();
        Set<String> operations = new LinkedHashSet<>();
        for (String operation : parts[2].split(",")) {
            String name = operation.strip();
            if (!knownOperations.contains(name)) {
                throw wrong(number, "unknown operation '" + name + "'; the operations are " + knownOperations);
            }
            operations.add(name);
        }
        if (!CLIENT_ID.matcher(client).matches()) {
            throw wrong(
                    number, "the X-Road client is instance/memberClass/memberCode[/subsystem], not '" + client + "'");
        }
        if (FINGERPRINT.matcher(certificate).matches()) {
            return new SoapConsumer(
                    Optional.empty(), Optional.of(certificate.substring("sha256:".length())), client, operations);
        }
        try {
            return new SoapConsumer(Optional.of(new X500Principal(certificate)), Optional.empty(), client, operations);
        } catch (IllegalArgumentException e) {
            throw wrong(number, "the certificate is neither a subject name nor sha256:<64 hex digits>");
        }
    }

    private static IllegalStateException wrong(int line, String problem) {
        return new IllegalStateException("SOAP_CONSUMERS line " + line + ": " + problem);
    }

    /** The consumer whose certificate signed the message. */
    public Optional<SoapConsumer> signedWith(X509Certificate certificate) {
        return consumers.stream()
                .filter(consumer -> consumer.signedWith(certificate))
                .findFirst();
    }

    /** Without WS-Security (development only) the consumer is known by his header alone. */
    public Optional<SoapConsumer> byClient(lv.socialais.integration.xroad.v1.XRoadClientIdentifier client) {
        return consumers.stream().filter(consumer -> consumer.isClient(client)).findFirst();
    }

    public int size() {
        return consumers.size();
    }

    @Override
    public String toString() {
        return consumers.size() + " consumers: "
                + Arrays.toString(consumers.stream().map(SoapConsumer::clientId).toArray());
    }
}
