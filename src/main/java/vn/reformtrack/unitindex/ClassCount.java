package vn.reformtrack.unitindex;

/** How many units of a group reached a class in a round. */
public record ClassCount(long groupId, String groupName, IndexClass indexClass, int units) {}
