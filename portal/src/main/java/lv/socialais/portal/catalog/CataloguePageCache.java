package lv.socialais.portal.catalog;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import lv.socialais.catalog.CatalogueRevision;
import lv.socialais.common.Riga;
import lv.socialais.portal.i18n.LocaleSelection;
import lv.socialais.portal.web.PageRecorder;
import lv.socialais.portal.web.RecordedPage;
import lv.socialais.portal.web.SecurityHeaders;

/**
 * The catalogue page as an anonymous visitor reads it, rendered once and served again to the
 * next, until the catalogue's revision (an administrator's edit, on any node: asked on every
 * request) or the day changes. Each serving gets a nonce of its own ({@link RecordedPage}).
 * <p>
 * What a page shows depends only on what the key holds: the language, the address with its
 * search, the revision and the day. Anyone with a session (a signed-in resident or clerk, whose
 * header names him) is rendered his own page, and so is a page that set a cookie or was not a
 * plain 200. Rendering is most of a catalogue request (docs/performance.md); this is the
 * cache of the rendered catalogue that the profile asked for.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class CataloguePageCache implements Filter {

    /** Languages × searches kept; the oldest read goes first. Bounded: a search is anyone's text. */
    private static final int PAGES = 64;

    @Inject
    private CatalogueRevision revision;

    @Inject
    private LocaleSelection localeSelection;

    @Inject
    private Clock clock;

    private volatile Edition edition = new Edition(-1, LocalDate.MIN);

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (!isAnonymousCatalogueRead(http)) {
            chain.doFilter(request, response);
            return;
        }
        Edition current = editionNow();
        String query = http.getQueryString();
        String key = localeSelection.getLanguage() + " " + http.getRequestURI() + (query == null ? "" : "?" + query);
        RecordedPage page = current.pages.get(key);
        HttpServletResponse answer = (HttpServletResponse) response;
        if (page != null) {
            SecurityHeaders.applyTo(http, answer);
            page.writeTo(answer);
            return;
        }
        PageRecorder recorder = new PageRecorder(answer);
        chain.doFilter(request, recorder);
        Optional<RecordedPage> rendered = recorder.finish();
        if (rendered.isPresent() && http.getSession(false) == null) {
            current.pages.put(key, rendered.get());
        }
    }

    private static boolean isAnonymousCatalogueRead(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return (path.equals("/") || path.equals("/index.xhtml"))
                && request.getMethod().equals("GET")
                && request.getSession(false) == null;
    }

    /** The pages of the catalogue's current revision and day; a new edition starts empty. */
    private Edition editionNow() {
        long now = revision.current();
        LocalDate today = Riga.today(clock);
        Edition current = edition;
        if (current.revision != now || !current.day.equals(today)) {
            current = new Edition(now, today);
            edition = current;
        }
        return current;
    }

    private static final class Edition {
        private final long revision;
        private final LocalDate day;
        private final Map<String, RecordedPage> pages =
                Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, RecordedPage> eldest) {
                        return size() > PAGES;
                    }
                });

        Edition(long revision, LocalDate day) {
            this.revision = revision;
            this.day = day;
        }
    }
}
