package vn.reformtrack.reporting;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A period's name in words: "Quý I năm 2026" as a title, "quý I năm 2026" inside a sentence; an ad hoc one's title. */
@Component
public class PeriodNames {

    private final MessageSource messages;

    PeriodNames(MessageSource messages) {
        this.messages = messages;
    }

    public String name(PeriodSummary period, Locale locale) {
        return period.kind() == PeriodKind.AD_HOC ? period.title()
                : messages.getMessage(period.nameKey(), new Object[] {String.valueOf(period.year())}, locale);
    }

    public String phrase(PeriodSummary period, Locale locale) {
        return period.kind() == PeriodKind.AD_HOC ? period.title()
                : messages.getMessage("period.phrase." + period.kind().name(),
                        new Object[] {String.valueOf(period.year())}, locale);
    }
}
