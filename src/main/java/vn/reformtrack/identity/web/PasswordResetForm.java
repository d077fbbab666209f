package vn.reformtrack.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Data;

@Data
class PasswordResetForm {

    @NotBlank
    @Size(max = 100)
    private String password;

    private long version;
}
