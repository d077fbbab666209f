package vn.reformtrack.notification;

/** How a user takes a kind of notification: in the application only, also by e-mail at once, or in a daily e-mail. */
public enum Delivery {
    IN_APP,
    EMAIL,
    DIGEST
}
