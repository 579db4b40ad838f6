package lv.socialais.portal.staff.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import lv.socialais.application.ApplicantInput;
import lv.socialais.application.ApplicationInput;
import lv.socialais.application.ApplicationQueries;
import lv.socialais.application.Channel;
import lv.socialais.application.SubmitApplication;
import lv.socialais.audit.AuditAction;
import lv.socialais.audit.AuditCursor;
import lv.socialais.audit.AuditEntry;
import lv.socialais.audit.AuditFilter;
import lv.socialais.audit.AuditPage;
import lv.socialais.audit.AuditSearch;
import lv.socialais.audit.AuditSubject;
import lv.socialais.audit.AuditTrail;
import lv.socialais.catalog.form.FormDefinition;
import lv.socialais.portal.testing.Deployments;
import lv.socialais.portal.testing.MinimalAnswers;
import lv.socialais.portal.testing.TestQueries;
import lv.socialais.security.Actor;
import lv.socialais.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reading the audit trail: filters, newest first a page at a time, only for supervisors and administrators, itself audited. */
@ExtendWith(ArquillianExtension.class)
class AuditSearchIT {

    /** Dace Kļaviņa of the simulator's fixtures; no other test class files for her. */
    private static final String DACE = "18048311576";

    private static final Locale LATVIAN = Locale.forLanguageTag("lv");
    private static final Actor ILZE = Actor.staff("ilze", Role.CASEWORKER, "SOCIAL_ASSISTANCE");
    private static final Actor SUPERVISOR = Actor.staff("vaditaja", Role.SUPERVISOR, "SOCIAL_ASSISTANCE");
    private static final Actor CLERK = Actor.staff("registrators", Role.FRONT_DESK, null);
    private static final Actor ADMIN = Actor.staff("admins", Role.ADMIN, null);
    private static final Comparator<AuditEntry> NEWEST_FIRST = Comparator.comparing(AuditEntry::occurredAt)
            .thenComparing(AuditEntry::id)
            .reversed();

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal().addClasses(AuditSearchIT.class, MinimalAnswers.class, TestQueries.class);
    }

    @Inject
    private AuditSearch search;

    @Inject
    private AuditTrail trail;

    @Inject
    private SubmitApplication submission;

    @Inject
    private ApplicationQueries queries;

    @Inject
    private TestQueries database;

    @Test
    void whoOpenedAnApplicationNewestFirstFilteredByPersonActionAndDays() {
        Long id = fileAtTheFrontDesk();
        queries.open(id, ILZE);
        queries.open(id, SUPERVISOR);

        List<AuditEntry> all =
                search.search(AuditFilter.application(id), null, 50, ADMIN).entries();

        assertEquals(
                List.of("APPLICATION_OPENED vaditaja", "APPLICATION_OPENED ilze", "APPLICATION_SUBMITTED registrators"),
                all.stream().map(e -> e.action() + " " + e.actor()).toList());
        assertEquals(Role.CASEWORKER, all.get(1).actorRole());
        assertEquals(List.of("ilze"), actors(new AuditFilter(null, null, "ilze", null, "APPLICATION", id)));
        assertEquals(
                List.of("vaditaja", "ilze"),
                actors(new AuditFilter(null, null, null, "APPLICATION_OPENED", "APPLICATION", id)));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Riga"));
        assertEquals(
                3,
                actors(new AuditFilter(today, today, null, null, "APPLICATION", id))
                        .size(),
                "today in Riga, both days included");
        assertEquals(List.of(), actors(new AuditFilter(today.plusDays(1), null, null, null, "APPLICATION", id)));
        assertEquals(List.of(), actors(new AuditFilter(null, today.minusDays(1), null, null, "APPLICATION", id)));
        assertEquals(
                List.of(),
                actors(new AuditFilter(today, today.minusDays(1), null, null, null, null)),
                "backwards days find nothing");
    }

    @Test
    void pagesFollowEachOtherNewestFirstWithoutGapsOrRepeats() {
        Long id = fileAtTheFrontDesk();
        for (int i = 0; i < 5; i++) {
            queries.open(id, ILZE);
        }
        AuditFilter filter = AuditFilter.application(id);

        List<AuditEntry> paged = new ArrayList<>();
        List<Boolean> more = new ArrayList<>();
        AuditCursor after = null;
        do {
            AuditPage page = search.search(filter, after, 2, SUPERVISOR);
            assertTrue(page.entries().size() <= 2);
            paged.addAll(page.entries());
            more.add(page.more());
            after = page.next().orElse(null);
        } while (after != null);

        assertEquals(List.of(true, true, false), more, "six entries in pages of two");
        List<AuditEntry> atOnce = search.search(filter, null, 50, SUPERVISOR).entries();
        assertEquals(6, atOnce.size());
        assertEquals(
                atOnce.stream().map(AuditEntry::id).toList(),
                paged.stream().map(AuditEntry::id).toList());
        assertEquals(paged.stream().sorted(NEWEST_FIRST).toList(), paged, "newest first");
        assertEquals("APPLICATION_SUBMITTED", paged.get(5).action(), "the filing is the oldest");
    }

    @Test
    void onlySupervisorsAndAdministratorsMayReadTheTrail() {
        assertThrows(AuditSearch.NotAnAuditor.class, () -> search.search(AuditFilter.all(), null, 10, ILZE));
        assertThrows(AuditSearch.NotAnAuditor.class, () -> search.search(AuditFilter.all(), null, 10, CLERK));
        assertThrows(AuditSearch.NotAnAuditor.class, () -> search.actions(CLERK));
        assertThrows(
                AuditSearch.NotAnAuditor.class, () -> search.search(AuditFilter.all(), null, 10, Actor.resident(DACE)));
        assertFalse(search.search(AuditFilter.all(), null, 10, ADMIN).entries().isEmpty());
        assertTrue(search.actions(SUPERVISOR).contains("APPLICATION_SUBMITTED"));
    }

    @Test
    void readingTheTrailIsAuditedAndPersonalCodesAreShownMasked() {
        Long id = fileOnlineByDace();
        trail.record(
                Actor.system("test"),
                AuditAction.INFORMATION_REQUESTED,
                AuditSubject.APPLICATION,
                id,
                "a note naming " + DACE + " and 180483-11576");

        List<AuditEntry> byDace = search.search(
                        new AuditFilter(null, null, "180483-11576", null, "APPLICATION", id), null, 10, SUPERVISOR)
                .entries();
        List<AuditEntry> note = search.search(
                        new AuditFilter(null, null, null, "INFORMATION_REQUESTED", "APPLICATION", id),
                        null,
                        10,
                        SUPERVISOR)
                .entries();

        assertEquals(
                List.of("APPLICATION_SUBMITTED 180483-***** RESIDENT"),
                byDace.stream()
                        .map(e -> e.action() + " " + e.actor() + " " + e.actorRole())
                        .toList(),
                "found by the code as written");
        assertEquals("a note naming 180483-***** and 180483-*****", note.get(0).detail());
        List<AuditEntry> searches = search.search(
                        new AuditFilter(null, null, "vaditaja", "AUDIT_SEARCHED", "AUDIT", null), null, 5, ADMIN)
                .entries();
        assertTrue(
                searches.stream()
                        .map(AuditEntry::detail)
                        .anyMatch(d -> d.contains("actor=180483-*****") && d.contains("subject=APPLICATION id=" + id)),
                searches.stream().map(AuditEntry::detail).toList().toString());
        assertFalse(searches.stream().anyMatch(e -> e.detail().contains("11576")), "no personal code in clear");
    }

    private List<String> actors(AuditFilter filter) {
        return search.search(filter, null, 50, SUPERVISOR).entries().stream()
                .map(AuditEntry::actor)
                .toList();
    }

    private Long fileAtTheFrontDesk() {
        return submission
                .submit(input(Channel.FRONT_DESK), null, CLERK, LATVIAN)
                .applicationId();
    }

    private Long fileOnlineByDace() {
        return submission
                .submit(input(Channel.ONLINE), null, Actor.resident(DACE), LATVIAN)
                .applicationId();
    }

    private ApplicationInput input(Channel channel) {
        FormDefinition form = database.currentForms().stream()
                .filter(f -> f.getApplicationType().getCode().equals("CRISIS_BENEFIT"))
                .findFirst()
                .orElseThrow();
        ApplicationInput minimal = MinimalAnswers.input(form, channel, null, LocalDate.now(ZoneId.of("Europe/Riga")));
        return new ApplicationInput(
                minimal.typeCode(),
                channel,
                null,
                new ApplicantInput(DACE, "Dace", "Kļaviņa", null, null),
                minimal.answers(),
                List.of(),
                List.of(),
                true,
                List.of(),
                true,
                channel != Channel.ONLINE);
    }
}
