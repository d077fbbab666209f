package vn.reformtrack.assessment;

import java.util.Set;

/** Who answers for one criterion of a round, and how it is scored; {@code version} is the item's as the form showed it. */
public record AssignmentCommand(long itemId, long version, EntryMode entry, Long responsibleUnitId,
        Set<Long> coordinatingUnitIds) {}
