package lv.socialais.portal.filing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import lv.socialais.application.Application;
import lv.socialais.application.ApplicationQueries;
import lv.socialais.application.InformationRequest;

/**
 * Makes the summaries of applications the caller has opened, with the information requests on
 * them (their own aggregate), read in one query for a whole list.
 */
@ApplicationScoped
public class ApplicationSummaries {

    @Inject
    private ApplicationQueries queries;

    public ApplicationSummary of(Application application) {
        return of(List.of(application)).get(0);
    }

    public List<ApplicationSummary> of(List<Application> applications) {
        Map<Long, List<InformationRequest>> requests = queries.informationRequests(applications);
        return applications.stream()
                .map(application ->
                        ApplicationSummary.of(application, requests.getOrDefault(application.getId(), List.of())))
                .toList();
    }
}
