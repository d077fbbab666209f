/**
 * Who uses ReformTrack: accounts, their role and unit, sign-in, passwords. Other modules learn who is asking
 * through {@link vn.reformtrack.identity.CurrentUser} (a handler parameter) and read accounts through
 * {@link vn.reformtrack.identity.UserDirectory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package vn.reformtrack.identity;
