package vn.reformtrack.evidence;

import vn.reformtrack.identity.CurrentUser;

/**
 * Lets another module widen who may read a file: province-wide roles read every file and a unit user the files of
 * their own unit; a bean of this type may grant more (e.g. reporting lets a lead unit read the evidence its
 * coordinating units attached to a shared task). Asked only for unit users, and only when the basic rule said no,
 * so it should answer quickly for ids it knows nothing about.
 */
@FunctionalInterface
public interface EvidenceReadGrant {

    boolean grants(CurrentUser user, long evidenceId);
}
