-- Staff users of the back office: front desk, caseworkers, supervisors, administrators.
-- Passwords are PBKDF2 hashes (Jakarta Security's Pbkdf2PasswordHash); no user is seeded here:
-- the development users are made at start-up only where DEV_STAFF_USERS=true.

CREATE TABLE staff_user (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(60)  NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    password_hash   VARCHAR(400) NOT NULL,
    department_id   BIGINT       NULL,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts INT          NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP(3) NULL,
    created_at      TIMESTAMP(3) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_staff_user_username UNIQUE (username),
    CONSTRAINT fk_staff_user_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE staff_user_role (
    staff_user_id BIGINT      NOT NULL,
    role          VARCHAR(20) NOT NULL,
    PRIMARY KEY (staff_user_id, role),
    CONSTRAINT fk_staff_user_role_user FOREIGN KEY (staff_user_id) REFERENCES staff_user (id) ON DELETE CASCADE
) ENGINE=InnoDB;
