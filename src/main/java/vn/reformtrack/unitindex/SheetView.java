package vn.reformtrack.unitindex;

import java.util.List;

/**
 * A unit's sheet as its page shows it: the round, the sheet, the unit and group, its areas with their lines, and the
 * index figures so far (counted from the council's scores and the survey; the page shows them when the reader may).
 */
public record SheetView(UnitIndexRound round, UnitSheet sheet, String unitName, String groupName, String versionLabel,
        List<SheetArea> areas, IndexFigures figures) {

    public List<SheetLine> lines() {
        return areas.stream().flatMap(area -> area.lines().stream()).toList();
    }

    public long unscored() {
        return lines().stream().filter(SheetLine::lacksScore).count();
    }

    public long unbacked() {
        return lines().stream().filter(SheetLine::lacksEvidence).count();
    }
}
