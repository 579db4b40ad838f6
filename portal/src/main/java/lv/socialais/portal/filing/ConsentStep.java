package lv.socialais.portal.filing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The consent page: which state registers the social service will ask, and why, grouped by
 * register, as the type's register checks say.
 */
@Named
@RequestScoped
public class ConsentStep {

    @Inject
    private WizardView wizard;

    /** Each register with the queries asked of it, in a stable order. */
    public List<RegisterUse> getRegisters() {
        Map<String, List<String>> byRegister = new LinkedHashMap<>();
        wizard.getForm()
                .registerChecks()
                .forEach(check -> byRegister
                        .computeIfAbsent(check.register(), register -> new ArrayList<>())
                        .add(check.query()));
        return byRegister.entrySet().stream()
                .map(e -> new RegisterUse(e.getKey(), e.getValue()))
                .toList();
    }

    /** A register and what it is asked. */
    public record RegisterUse(String register, List<String> queries) {}
}
