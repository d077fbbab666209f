package vn.reformtrack.unitindex;

/** Why a set cannot be used as it is: a message key and its arguments, about one criterion (by code) or the set. */
public record SetProblem(String code, String messageKey, Object... arguments) {}
