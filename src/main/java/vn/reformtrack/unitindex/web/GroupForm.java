package vn.reformtrack.unitindex.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Data;
import vn.reformtrack.unitindex.GroupCommand;
import vn.reformtrack.unitindex.UnitGroup;

/** A group as typed: code (new groups only), names, and an existing internal framework to share (none: its own). */
@Data
class GroupForm {

    @Size(max = 30)
    private String code;

    @NotBlank
    @Size(max = 300)
    private String nameVi;

    @Size(max = 300)
    private String nameEn;

    private Long frameworkId;

    private long version;

    static GroupForm from(UnitGroup group) {
        GroupForm form = new GroupForm();
        form.setCode(group.getCode());
        form.setNameVi(group.getNameVi());
        form.setNameEn(group.getNameEn());
        form.setVersion(group.getVersion());
        return form;
    }

    GroupCommand toCommand() {
        return new GroupCommand(code, nameVi, nameEn, frameworkId);
    }
}
