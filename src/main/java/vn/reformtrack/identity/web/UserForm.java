package vn.reformtrack.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Data;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.identity.UserCommand;

/** The account form. The user name is set once, at creation; the password only at creation (and by reset). */
@Data
class UserForm {

    /** Checked only when the account is created: the user name never changes afterwards. */
    @NotBlank(groups = OnCreate.class)
    @Size(min = 3, max = 50, groups = OnCreate.class)
    @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{user.username.pattern}", groups = OnCreate.class)
    private String username;

    @NotBlank
    @Size(max = 150)
    private String fullName;

    @Email
    @Size(max = 150)
    private String email;

    @Size(max = 30)
    @Pattern(regexp = "[0-9 +().-]*", message = "{user.phone.pattern}")
    private String phone;

    @NotNull
    private Role role;

    private Long unitId;

    @NotBlank(groups = OnCreate.class)
    @Size(max = 100)
    private String password;

    private long version;

    /** Validation group of the fields only a new account has. */
    interface OnCreate {}

    static UserForm from(UserAccount account) {
        UserForm form = new UserForm();
        form.setUsername(account.getUsername());
        form.setFullName(account.getFullName());
        form.setEmail(account.getEmail());
        form.setPhone(account.getPhone());
        form.setRole(account.getRole());
        form.setUnitId(account.getUnitId());
        form.setVersion(account.getVersion());
        return form;
    }

    UserCommand toCommand() {
        return new UserCommand(username, fullName, email, phone, role, unitId);
    }
}
