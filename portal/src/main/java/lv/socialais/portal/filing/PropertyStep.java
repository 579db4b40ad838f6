package lv.socialais.portal.filing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lv.socialais.application.PropertyKind;
import lv.socialais.portal.web.RequestTiming;

/** The property page: real estate, vehicles, savings the household owns. */
@Named
@RequestScoped
public class PropertyStep {

    static final int MAX_ITEMS = 30;

    @Inject
    private WizardView wizard;

    public void add() {
        RequestTiming.label("property: add a row");
        if (wizard.getData().getProperty().size() < MAX_ITEMS) {
            wizard.getData().getProperty().add(new PropertyRow());
        }
    }

    public void remove(int index) {
        RequestTiming.label("property: remove a row");
        List<PropertyRow> rows = wizard.getData().getProperty();
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    public PropertyKind[] getKinds() {
        return PropertyKind.values();
    }
}
