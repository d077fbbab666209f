package vn.reformtrack.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One connection to the SMTP server for a run of the outbox, opened at the first message and again after a failure
 * that closed it: a hundred e-mails cost one handshake (and one TLS negotiation), not a hundred, while each message is
 * still sent, and its outcome recorded, on its own. Jakarta Mail speaks SMTP; this only keeps its transport open.
 */
final class SmtpConnection implements AutoCloseable {

    private final JavaMailSenderImpl sender;
    private Transport transport;

    SmtpConnection(JavaMailSenderImpl sender) {
        this.sender = sender;
    }

    MimeMessage newMessage() {
        return sender.createMimeMessage();
    }

    void send(MimeMessage message) throws MessagingException {
        if (transport == null || !transport.isConnected()) {
            close();
            transport = sender.getSession().getTransport(sender.getProtocol());
            String username = blankToNull(sender.getUsername());
            transport.connect(sender.getHost(), sender.getPort(), username, username == null ? null : sender.getPassword());
        }
        message.setSentDate(new Date());
        message.saveChanges();
        transport.sendMessage(message, message.getAllRecipients());
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException alreadyGone) {
                // the server hung up first: nothing left to close
            }
            transport = null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
