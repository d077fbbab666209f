package vn.reformtrack.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.reformtrack.support.IntegrationTest;

/** Every field of every audited record reads in words in the trail, in both languages: no field shows its code name. */
@IntegrationTest
class AuditLabelsTest {

    @Autowired
    AuditedTypes types;

    @Autowired
    ValueWriter values;

    @AfterEach
    void noLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void everyAuditedFieldHasALabelInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (String language : List.of("vi", "en")) {
            LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
            for (String type : types.names()) {
                for (Field field : RecordHistory.persistentFields(types.find(type).orElseThrow())) {
                    if (values.label(type, field.getName()).equals(field.getName())) {
                        missing.add(language + ": audit.field." + type + "." + field.getName());
                    }
                }
                if (language.equals("vi") && values.typeLabel(type).equals(type)) {
                    missing.add(language + ": " + AuditedTypes.labelKey(type));
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
