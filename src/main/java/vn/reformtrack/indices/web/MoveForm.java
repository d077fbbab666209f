package vn.reformtrack.indices.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** Where a criterion goes: a new parent (none: top level) and the code it takes there. */
@Data
class MoveForm {

    private Long parentId;

    @NotBlank
    @Size(max = 30)
    private String code;

    private long version;
}
