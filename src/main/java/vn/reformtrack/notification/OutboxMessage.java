package vn.reformtrack.notification;

import java.time.Instant;

/** An e-mail of the outbox as the administrator reads it. */
public record OutboxMessage(long id, Long recipientId, String toAddress, String subject, String bodyText, String kind,
        OutboxStatus status, int attempts, Instant nextAttemptAt, String errorKey, String errorDetail, Instant createdAt,
        Instant sentAt) {

    public boolean canResend() {
        return status == OutboxStatus.FAILED || status == OutboxStatus.CANCELLED || status == OutboxStatus.SENT;
    }

    public boolean canCancel() {
        return status == OutboxStatus.WAITING;
    }
}
