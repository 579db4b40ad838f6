package lv.socialais.portal.staff.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lv.socialais.catalog.CatalogAdministration;
import lv.socialais.catalog.Department;
import lv.socialais.security.Role;
import lv.socialais.staff.StaffDirectory;
import lv.socialais.staff.StaffUser;

/** The administrator's page of one staff user: roles and department, a new password, unlocking and deactivation. */
@Named
@ViewScoped
public class StaffUserView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StaffDirectory directory;

    @Inject
    private CatalogAdministration catalog;

    @Inject
    private AdminPage page;

    private String name;
    private StaffUsersView.Row user;
    private List<Department> departments = List.of();
    private List<String> roles = new ArrayList<>();
    private String departmentCode;
    private String password;

    /** Called by the page's viewAction once the user name is known. */
    public void load() {
        if (!page.allowed()) {
            return;
        }
        departments = catalog.departments();
        directory.byUsername(name).ifPresent(this::fill);
    }

    private void fill(StaffUser found) {
        user = StaffUsersView.Row.of(found, directory.isLocked(found));
        roles = new ArrayList<>(user.roles().stream().map(Role::name).toList());
        departmentCode = user.departmentCode();
    }

    public void saveRoles() {
        if (!page.allowed()) {
            return;
        }
        Set<Role> chosen = StaffUsersView.roles(roles);
        if (page.run(
                () -> directory.changeRoles(name, chosen, departmentCode, page.admin()), "admin.staff.rolesSaved")) {
            refresh();
        }
    }

    public void resetPassword() {
        if (!page.allowed()) {
            return;
        }
        char[] secret = password == null ? new char[0] : password.toCharArray();
        if (page.run(() -> directory.changePassword(name, secret, page.admin()), "admin.staff.passwordSet")) {
            refresh();
        }
        password = null;
    }

    public void unlock() {
        if (page.allowed() && page.run(() -> directory.unlock(name, page.admin()), "admin.staff.unlocked")) {
            refresh();
        }
    }

    public void deactivate() {
        if (page.allowed() && page.run(() -> directory.deactivate(name, page.admin()), "admin.staff.deactivated")) {
            refresh();
        }
    }

    private void refresh() {
        directory.byUsername(name).ifPresent(found -> user = StaffUsersView.Row.of(found, directory.isLocked(found)));
    }

    public List<Role> getStaffRoles() {
        return StaffUsersView.STAFF_ROLES;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public StaffUsersView.Row getUser() {
        return user;
    }

    public List<Department> getDepartments() {
        return departments;
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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
