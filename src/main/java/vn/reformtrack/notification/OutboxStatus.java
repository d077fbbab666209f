package vn.reformtrack.notification;

/**
 * Where an e-mail stands: waiting to be sent (first time or again after a failure), being sent now, sent (the server
 * took it), failed (refused for good, given up after retrying, or cut off while sending: never sent again by itself),
 * cancelled (its recipient was deactivated, or an administrator cancelled it).
 */
public enum OutboxStatus {
    WAITING,
    SENDING,
    SENT,
    FAILED,
    CANCELLED
}
