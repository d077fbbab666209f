package vn.reformtrack.notification;

import org.springframework.stereotype.Component;

/** What the outbox page says of the mail server: configured (host, port, security) or not at all. */
@Component
public class MailServerState {

    private final MailTransport transport;

    MailServerState(MailTransport transport) {
        this.transport = transport;
    }

    /** The server as configured, or empty when there is none (messages then wait in the outbox). */
    public String describe() {
        return transport.describe();
    }
}
