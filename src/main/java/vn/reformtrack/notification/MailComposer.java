package vn.reformtrack.notification;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes the e-mails, each with a plain-text part and an HTML part, in the recipient's language, from the templates
 * in {@code templates/mail/} and the message keys: one notification, the daily digest, the weekly escalation digest.
 * Links lead through the inbox ({@code /notifications/{id}/open}), which marks the notification read.
 */
@Component
class MailComposer {

    /** A line of a digest: what, when, and where it leads. */
    record DigestLine(String text, Instant at, String link) {}

    /** A line of the weekly escalation digest: the unit, its heads (or none on record), what is overdue. */
    record EscalationLine(String unitName, List<String> heads, String text, String link) {}

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final MessageSource messages;
    private final MailSettings settings;

    MailComposer(MessageSource messages, MailSettings settings) {
        this.messages = messages;
        this.settings = settings;
        engine.setTemplateEngineMessageSource(messages);
        engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
    }

    /** One notification. */
    Mail notice(Recipient recipient, NotificationKind kind, String text, long notificationId) {
        Locale locale = recipient.locale();
        String subject = subject(messages.getMessage(kind.subjectKey(), null, locale), locale);
        return render("notice", recipient, subject, Map.of(
                "text", text,
                "kindLabel", messages.getMessage("NotificationKind." + kind.name(), null, locale),
                "link", settings.base() + "/notifications/" + notificationId + "/open"));
    }

    /** The day's notifications of those who chose a daily digest. */
    Mail digest(Recipient recipient, List<DigestLine> lines) {
        Locale locale = recipient.locale();
        String subject = subject(messages.getMessage("mail.digest.subject", new Object[] {lines.size()}, locale), locale);
        return render("digest", recipient, subject, Map.of("lines", lines.stream()
                .map(line -> new DigestLine(line.text(), line.at(), settings.base() + line.link()))
                .toList()));
    }

    /** The week's escalations past the last step, naming units and heads. */
    Mail escalations(Recipient recipient, List<EscalationLine> lines) {
        Locale locale = recipient.locale();
        String subject = subject(messages.getMessage("mail.escalation.subject", new Object[] {lines.size()}, locale),
                locale);
        return render("escalation", recipient, subject, Map.of("lines", lines.stream()
                .map(line -> new EscalationLine(line.unitName(), line.heads(), line.text(), settings.base() + line.link()))
                .toList()));
    }

    private Mail render(String template, Recipient recipient, String subject, Map<String, Object> variables) {
        Context context = new Context(recipient.locale());
        context.setVariables(variables);
        context.setVariable("name", recipient.fullName());
        context.setVariable("subject", subject);
        context.setVariable("inboxLink", settings.base() + "/notifications");
        context.setVariable("preferencesLink", settings.base() + "/notifications/preferences");
        return new Mail(subject, engine.process(template + ".txt", context), engine.process(template + ".html", context));
    }

    private String subject(String text, Locale locale) {
        return "[" + messages.getMessage("app.name", null, locale) + "] " + text;
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(java.util.Set.of("*" + suffix));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setOrder(order);
        resolver.setCheckExistence(true);
        return resolver;
    }
}
