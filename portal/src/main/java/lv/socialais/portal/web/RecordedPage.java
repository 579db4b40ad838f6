package lv.socialais.portal.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rendered page kept to be served again, each time with a nonce of its own: the page's
 * Content-Security-Policy lets only scripts with the nonce run, so a nonce shared by every
 * reader would be one an attacker could read and use. The body is kept cut at the nonce, so a
 * new one is put in without searching the page again.
 */
public final class RecordedPage {

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]{16,})'");
    private static final String POLICY = "content-security-policy";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String contentType;
    private final Map<String, List<String>> headers;
    private final byte[][] pieces;
    private final String policyBefore;
    private final String policyAfter;

    private RecordedPage(
            String contentType,
            Map<String, List<String>> headers,
            byte[][] pieces,
            String policyBefore,
            String policyAfter) {
        this.contentType = contentType;
        this.headers = headers;
        this.pieces = pieces;
        this.policyBefore = policyBefore;
        this.policyAfter = policyAfter;
    }

    /**
     * A page whose scripts are allowed by one nonce in its policy; empty for a page without such
     * a policy, which is never kept (its scripts could not be told apart from an injected one).
     */
    static Optional<RecordedPage> of(String contentType, Map<String, List<String>> headers, String body) {
        List<String> policies = headers.getOrDefault(POLICY, List.of());
        if (policies.size() != 1) {
            return Optional.empty();
        }
        Matcher nonce = NONCE.matcher(policies.get(0));
        if (!nonce.find()) {
            return Optional.empty();
        }
        String value = nonce.group(1);
        Charset charset = charsetOf(contentType);
        String[] parts = body.split(Pattern.quote(value), -1);
        byte[][] pieces = new byte[parts.length][];
        for (int i = 0; i < parts.length; i++) {
            pieces[i] = parts[i].getBytes(charset);
        }
        Map<String, List<String>> others = new java.util.LinkedHashMap<>(headers);
        others.remove(POLICY);
        return Optional.of(new RecordedPage(
                contentType,
                Map.copyOf(others),
                pieces,
                policies.get(0).substring(0, nonce.start(1)),
                policies.get(0).substring(nonce.end(1))));
    }

    /** Serves the page with a new nonce, in its policy and on its scripts. */
    public void writeTo(HttpServletResponse response) throws IOException {
        byte[] random = new byte[18];
        RANDOM.nextBytes(random);
        String nonce = Base64.getEncoder().encodeToString(random);
        byte[] nonceBytes = nonce.getBytes(StandardCharsets.US_ASCII);
        response.setContentType(contentType);
        headers.forEach((name, values) -> {
            response.setHeader(name, values.get(0));
            values.stream().skip(1).forEach(value -> response.addHeader(name, value));
        });
        response.setHeader("Content-Security-Policy", policyBefore + nonce + policyAfter);
        int length = nonceBytes.length * (pieces.length - 1);
        for (byte[] piece : pieces) {
            length += piece.length;
        }
        response.setContentLength(length);
        ServletOutputStream out = response.getOutputStream();
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
                out.write(nonceBytes);
            }
            out.write(pieces[i]);
        }
    }

    private static Charset charsetOf(String contentType) {
        Matcher charset =
                Pattern.compile("charset=([^;\\s]+)", Pattern.CASE_INSENSITIVE).matcher(contentType);
        return charset.find() ? Charset.forName(charset.group(1)) : StandardCharsets.ISO_8859_1;
    }
}
