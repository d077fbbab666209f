/** The first page after sign-in, one per role. */
@org.springframework.modulith.ApplicationModule(displayName = "Home")
package vn.reformtrack.home;
