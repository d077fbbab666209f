package vn.reformtrack.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Data;

@Data
class PasswordChangeForm {

    @NotBlank
    @Size(max = 100)
    private String currentPassword;

    @NotBlank
    @Size(max = 100)
    private String newPassword;

    @NotBlank
    @Size(max = 100)
    private String confirmPassword;
}
