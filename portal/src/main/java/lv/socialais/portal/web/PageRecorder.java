package lv.socialais.portal.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Records a page as it is rendered: its body is held back until {@link #finish()} and the headers
 * are passed on as they are set, and noted. The recording is a {@link RecordedPage} only if the
 * page was a plain 200 text/html answer that set no cookie: nothing else may be served again.
 */
public final class PageRecorder extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(128 * 1024);
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private ServletOutputStream stream;
    private PrintWriter writer;
    private int status = SC_OK;
    private boolean replayable = true;

    public PageRecorder(HttpServletResponse response) {
        super(response);
    }

    /** Sends what was held back; answers the recording, if the page may be served again. */
    public Optional<RecordedPage> finish() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        byte[] bytes = body.toByteArray();
        getResponse().getOutputStream().write(bytes);
        String type = getContentType();
        if (!replayable
                || status != SC_OK
                || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("text/html")) {
            return Optional.empty();
        }
        return RecordedPage.of(type, headers, new String(bytes, charset()));
    }

    private Charset charset() {
        String encoding = getCharacterEncoding();
        return encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    body.write(bytes, offset, length);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("a recorded page is written blocking");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset()));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        // Held back until finish(): committing now would send the headers before the page is known.
    }

    @Override
    public void resetBuffer() {
        body.reset();
        super.resetBuffer();
    }

    @Override
    public void reset() {
        body.reset();
        headers.clear();
        super.reset();
    }

    @Override
    public void setStatus(int status) {
        this.status = status;
        super.setStatus(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        replayable = false;
        super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
        replayable = false;
        super.sendError(status);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        replayable = false;
        super.sendRedirect(location);
    }

    @Override
    public void addCookie(Cookie cookie) {
        replayable = false;
        super.addCookie(cookie);
    }

    @Override
    public void setHeader(String name, String value) {
        note(name, value, true);
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        note(name, value, false);
        super.addHeader(name, value);
    }

    @Override
    public void setIntHeader(String name, int value) {
        note(name, String.valueOf(value), true);
        super.setIntHeader(name, value);
    }

    @Override
    public void addIntHeader(String name, int value) {
        note(name, String.valueOf(value), false);
        super.addIntHeader(name, value);
    }

    @Override
    public void setDateHeader(String name, long date) {
        replayable = false; // a date belongs to this answer only
        super.setDateHeader(name, date);
    }

    @Override
    public void addDateHeader(String name, long date) {
        replayable = false;
        super.addDateHeader(name, date);
    }

    private void note(String name, String value, boolean replace) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.equals("set-cookie")) {
            replayable = false;
        }
        if (replace || !headers.containsKey(key)) {
            headers.put(key, new ArrayList<>());
        }
        headers.get(key).add(value);
    }
}
