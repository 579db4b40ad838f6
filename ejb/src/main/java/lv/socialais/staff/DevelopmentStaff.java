package lv.socialais.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import lv.socialais.security.Actor;
import lv.socialais.security.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The development staff users, made at start-up where DEV_STAFF_USERS=true (the embedded run),
 * never by a migration, so that no production database ever holds them.
 */
@Singleton
@Startup
@DependsOn("DatabaseStartup")
public class DevelopmentStaff {

    /** The development users the README lists: user name, name, roles, department. */
    public static final List<DevelopmentUser> USERS = List.of(
            new DevelopmentUser("registrators", "Rita Reģistratore", Set.of(Role.FRONT_DESK), null),
            new DevelopmentUser("ilze", "Ilze Sociālā", Set.of(Role.CASEWORKER), "SOCIAL_ASSISTANCE"),
            new DevelopmentUser("anna", "Anna Ģimeņu", Set.of(Role.CASEWORKER), "FAMILIES_WITH_CHILDREN"),
            new DevelopmentUser("vaditaja", "Vija Vadītāja", Set.of(Role.SUPERVISOR), "SOCIAL_ASSISTANCE"),
            new DevelopmentUser("admins", "Andris Administrators", Set.of(Role.ADMIN), null));

    private static final Logger LOG = Logger.getLogger(DevelopmentStaff.class.getName());

    @Inject
    private StaffDirectory directory;

    @Inject
    @ConfigProperty(name = "DEV_STAFF_USERS", defaultValue = "false")
    private boolean enabled;

    @Inject
    @ConfigProperty(name = "DEV_STAFF_PASSWORD", defaultValue = "Izstrade-2026")
    private String password;

    @PostConstruct
    void createMissing() {
        if (!enabled) {
            return;
        }
        Actor setup = Actor.system("development-setup");
        for (DevelopmentUser user : USERS) {
            if (directory.byUsername(user.username()).isEmpty()) {
                directory.create(
                        user.username(),
                        user.displayName(),
                        password.toCharArray(),
                        user.roles(),
                        user.department(),
                        setup);
            }
        }
        LOG.info(() -> "Development staff users ready: "
                + USERS.stream().map(DevelopmentUser::username).toList());
    }

    public record DevelopmentUser(String username, String displayName, Set<Role> roles, String department) {}
}
