package lv.socialais.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import lv.socialais.catalog.Department;
import lv.socialais.security.Role;

/**
 * A member of staff who signs in with a user name and password: his roles, his department and
 * the count of failed sign-ins that locks the account for a while.
 */
@Entity
@Table(name = "staff_user")
public class StaffUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @ManyToOne
    @JoinColumn(name = "department_id")
    private Department department;

    private boolean active;

    @Column(name = "failed_attempts")
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_user_role", joinColumns = @JoinColumn(name = "staff_user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = new HashSet<>();

    @Version
    private long version;

    protected StaffUser() {
        // for JPA
    }

    StaffUser(
            String username,
            String displayName,
            String passwordHash,
            Department department,
            Set<Role> roles,
            Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.department = department;
        this.roles = EnumSet.copyOf(roles);
        this.active = true;
        this.createdAt = now;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed sign-in; the one that reaches the limit locks the account. */
    void failedSignIn(Instant now, int maxAttempts, Duration lockout) {
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedUntil = now.plus(lockout);
            failedAttempts = 0;
        }
    }

    void succeededSignIn() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    void changeRoles(Set<Role> newRoles, Department newDepartment) {
        this.roles = EnumSet.copyOf(newRoles);
        this.department = newDepartment;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    void deactivate() {
        this.active = false;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Optional<Department> getDepartment() {
        return Optional.ofNullable(department);
    }

    public boolean isActive() {
        return active;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public Optional<Instant> getLockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }
}
