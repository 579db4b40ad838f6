package lv.socialais.portal.staff.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import lv.socialais.catalog.CatalogAdministration;
import lv.socialais.catalog.Department;
import lv.socialais.common.LocalizedText;
import lv.socialais.security.Role;
import lv.socialais.staff.StaffDirectory;
import lv.socialais.staff.StaffUser;

/**
 * The administrator's list of staff users (roles, department, active, locked out; never a
 * password hash) and the creation of a new one with an initial password.
 */
@Named
@ViewScoped
public class StaffUsersView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<Role> STAFF_ROLES = List.of(Role.FRONT_DESK, Role.CASEWORKER, Role.SUPERVISOR, Role.ADMIN);

    @Inject
    private StaffDirectory directory;

    @Inject
    private CatalogAdministration catalog;

    @Inject
    private AdminPage page;

    private List<Row> users = List.of();
    private List<Department> departments = List.of();
    private String username;
    private String displayName;
    private String password;
    private List<String> roles = new ArrayList<>();
    private String departmentCode;

    @PostConstruct
    void load() {
        if (!page.allowed()) {
            return;
        }
        departments = catalog.departments();
        users = directory.all().stream()
                .map(user -> Row.of(user, directory.isLocked(user)))
                .toList();
    }

    public void create() {
        if (!page.allowed()) {
            return;
        }
        Set<Role> chosen = StaffUsersView.roles(roles);
        char[] secret = password == null ? new char[0] : password.toCharArray();
        boolean created = page.run(
                () -> directory.create(username, displayName, secret, chosen, departmentCode, page.admin()),
                "admin.staff.created",
                username);
        if (created) {
            username = null;
            displayName = null;
            roles = new ArrayList<>();
            departmentCode = null;
            load();
        }
        password = null; // never shown again, also not after a refusal
    }

    /** The roles ticked on a page, as the core takes them; anything else is dropped. */
    static Set<Role> roles(List<String> names) {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        STAFF_ROLES.stream().filter(role -> names.contains(role.name())).forEach(chosen::add);
        return chosen;
    }

    public List<Role> getStaffRoles() {
        return STAFF_ROLES;
    }

    public List<Row> getUsers() {
        return users;
    }

    public List<Department> getDepartments() {
        return departments;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    /** A staff user as listed. */
    public record Row(
            String username,
            String displayName,
            List<Role> roles,
            String departmentCode,
            LocalizedText departmentName,
            boolean active,
            boolean locked)
            implements Serializable {

        static Row of(StaffUser user, boolean locked) {
            return new Row(
                    user.getUsername(),
                    user.getDisplayName(),
                    STAFF_ROLES.stream().filter(user.getRoles()::contains).toList(),
                    user.getDepartment().map(Department::getCode).orElse(null),
                    user.getDepartment().map(Department::getName).orElse(null),
                    user.isActive(),
                    locked);
        }
    }
}
