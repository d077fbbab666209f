/**
 * Notifications (thông báo): each user's inbox in the application and their e-mail, what notifies whom, reminders
 * counted in working days, escalation to the unit head and then to Home Affairs and leadership, daily and weekly
 * digests, and the mail outbox that a locked job sends from. It sits above reporting, planning and assessment: it
 * listens to their events (within the transaction that causes them, so a notification and its e-mail are written
 * with the change or not at all) and reads them through their public queries.
 *
 * <p>Adding a kind: a constant in {@link vn.reformtrack.notification.NotificationKind}, its three message keys
 * ({@code NotificationKind.X}, {@code notification.X.subject}, {@code notification.X.text}) in both languages, and a
 * listener method that builds a {@link vn.reformtrack.notification.Notice} and hands it to
 * {@link vn.reformtrack.notification.Notifier#send}. See README, "Notifications".
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package vn.reformtrack.notification;
