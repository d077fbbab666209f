package vn.reformtrack.notification;

import java.util.Optional;
import java.util.Properties;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The province's SMTP server as {@link MailSettings} describe it, with TLS (STARTTLS required, or implicit TLS) and
 * credentials when given, and every network wait bounded. Empty when no host is set. Kept out of the bean context on
 * purpose: a mail server that is down must not turn the application's health check red.
 */
@Component
class MailTransport {

    private final MailSettings settings;
    private final JavaMailSenderImpl sender;

    MailTransport(MailSettings settings) {
        this.settings = settings;
        this.sender = settings.configured() ? build(settings) : null;
    }

    Optional<JavaMailSenderImpl> sender() {
        return Optional.ofNullable(sender);
    }

    boolean configured() {
        return sender != null;
    }

    String describe() {
        return settings.configured() ? settings.host() + ":" + settings.port() + " (" + settings.security() + ")" : "";
    }

    static JavaMailSenderImpl build(MailSettings settings) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(settings.host().strip());
        sender.setPort(settings.port());
        sender.setDefaultEncoding("UTF-8");
        boolean signsIn = settings.username() != null && !settings.username().isBlank();
        if (signsIn) {
            sender.setUsername(settings.username());
            sender.setPassword(settings.password());
        }
        String protocol = settings.security() == MailSettings.Security.TLS ? "smtps" : "smtp";
        sender.setProtocol(protocol);
        Properties properties = new Properties();
        String prefix = "mail." + protocol + ".";
        String millis = String.valueOf(settings.timeout().toMillis());
        properties.setProperty(prefix + "auth", String.valueOf(signsIn));
        properties.setProperty(prefix + "connectiontimeout", millis);
        properties.setProperty(prefix + "timeout", millis);
        properties.setProperty(prefix + "writetimeout", millis);
        if (settings.security() == MailSettings.Security.STARTTLS) {
            properties.setProperty(prefix + "starttls.enable", "true");
            properties.setProperty(prefix + "starttls.required", "true");
        }
        if (settings.security() != MailSettings.Security.NONE) {
            properties.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        sender.setJavaMailProperties(properties);
        return sender;
    }
}
