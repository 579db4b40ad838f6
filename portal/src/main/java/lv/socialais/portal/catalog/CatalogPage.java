package lv.socialais.portal.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lv.socialais.catalog.ApplicationType;
import lv.socialais.catalog.ApplicationTypeCatalog;

/** The home page's list of what a resident can apply for. */
@Named
@RequestScoped
public class CatalogPage {

    @Inject
    private ApplicationTypeCatalog catalog;

    private List<ApplicationType> types;

    @PostConstruct
    void load() {
        types = catalog.activeTypes();
    }

    public List<ApplicationType> getTypes() {
        return types;
    }
}
