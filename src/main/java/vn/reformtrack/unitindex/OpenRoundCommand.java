package vn.reformtrack.unitindex;

import java.util.List;

/** A year's round as Home Affairs opens it: the groups it scores, its timetable, class thresholds and chair. */
public record OpenRoundCommand(int year, List<Long> groupIds, Timetable timetable, ClassThresholds thresholds,
        Long chairUserId) {

    public OpenRoundCommand {
        groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
    }
}
