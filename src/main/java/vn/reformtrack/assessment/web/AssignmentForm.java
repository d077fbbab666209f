package vn.reformtrack.assessment.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import lombok.Data;
import vn.reformtrack.assessment.AssignmentCommand;
import vn.reformtrack.assessment.EntryMode;
import vn.reformtrack.assessment.ItemRow;

/** Every criterion of a round with its unit and how it is scored, as one form. */
@Data
class AssignmentForm {

    private List<Line> lines = new ArrayList<>();

    @Data
    static class Line {
        private long itemId;
        private long version;
        private EntryMode entry;
        private Long responsibleUnitId;
        private List<Long> coordinatingUnitIds = new ArrayList<>();
    }

    static AssignmentForm from(List<ItemRow> rows) {
        AssignmentForm form = new AssignmentForm();
        for (ItemRow row : rows) {
            Line line = new Line();
            line.setItemId(row.id());
            line.setVersion(row.lockVersion());
            line.setEntry(row.entry());
            line.setResponsibleUnitId(row.responsibleUnitId());
            line.setCoordinatingUnitIds(new ArrayList<>(row.coordinatingUnitIds()));
            form.getLines().add(line);
        }
        return form;
    }

    List<AssignmentCommand> toCommands() {
        return lines.stream()
                .map(line -> new AssignmentCommand(line.getItemId(), line.getVersion(),
                        line.getEntry() == null ? EntryMode.UNIT : line.getEntry(), line.getResponsibleUnitId(),
                        new LinkedHashSet<>(line.getCoordinatingUnitIds() == null ? List.of() : line.getCoordinatingUnitIds())))
                .toList();
    }
}
