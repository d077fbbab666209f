package vn.reformtrack.identity;

/**
 * An account was disabled, given a new temporary password, or moved to another role or unit: its open sessions
 * must end, so that nobody keeps rights the administrator has taken away.
 */
public record AccountAccessChanged(String username) {}
