package vn.reformtrack.organization.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Data;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.organization.UnitCommand;
import vn.reformtrack.organization.UnitType;

/** The unit form as the browser sends it; never the entity itself. */
@Data
class UnitForm {

    @NotBlank
    @Size(max = 30)
    @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{unit.code.pattern}")
    private String code;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotNull
    private UnitType type;

    private Long parentId;

    private long version;

    static UnitForm from(Unit unit) {
        UnitForm form = new UnitForm();
        form.setCode(unit.getCode());
        form.setName(unit.getName());
        form.setType(unit.getType());
        form.setParentId(unit.getParentId());
        form.setVersion(unit.getVersion());
        return form;
    }

    UnitCommand toCommand() {
        return new UnitCommand(code, name, type, parentId);
    }
}
