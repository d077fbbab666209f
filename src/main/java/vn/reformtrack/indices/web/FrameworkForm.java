package vn.reformtrack.indices.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Data;
import vn.reformtrack.indices.FrameworkCommand;
import vn.reformtrack.indices.IndexFramework;
import vn.reformtrack.indices.IndexScale;

/** The framework form: a new province-internal index, or new names for an existing one. */
@Data
class FrameworkForm {

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[A-Za-z0-9_]*", message = "{framework.code.pattern}")
    private String code;

    @NotBlank
    @Size(max = 300)
    private String nameVi;

    @Size(max = 300)
    private String nameEn;

    @NotNull
    private IndexScale scale;

    private long version;

    static FrameworkForm from(IndexFramework framework) {
        FrameworkForm form = new FrameworkForm();
        form.setCode(framework.getCode());
        form.setNameVi(framework.getNameVi());
        form.setNameEn(framework.getNameEn());
        form.setScale(framework.getScale());
        form.setVersion(framework.getVersion());
        return form;
    }

    FrameworkCommand toCommand() {
        return new FrameworkCommand(code, nameVi, nameEn, scale);
    }
}
