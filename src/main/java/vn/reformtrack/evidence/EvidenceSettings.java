package vn.reformtrack.evidence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.reformtrack.settings.SettingDefinition;
import vn.reformtrack.settings.SettingType;

/** The largest evidence file accepted, in MB (default 20), read at every upload. */
@Configuration(proxyBeanMethods = false)
public class EvidenceSettings {

    public static final String MAX_SIZE_MB = "evidence.max-size-mb";

    /** Used when the setting holds a value below 1, which cannot be honoured. */
    static final int DEFAULT_MAX_SIZE_MB = 20;

    /**
     * The most the application can honour: {@code spring.servlet.multipart.max-file-size} is 110MB, so the multipart
     * layer never cuts a file the setting would allow. A larger setting acts as this.
     */
    static final int CEILING_MB = 100;

    @Bean
    SettingDefinition evidenceMaxSizeSetting() {
        return SettingDefinition.of(MAX_SIZE_MB, SettingType.INTEGER, Integer.toString(DEFAULT_MAX_SIZE_MB),
                "setting.evidence.maxSizeMb", 300);
    }
}
