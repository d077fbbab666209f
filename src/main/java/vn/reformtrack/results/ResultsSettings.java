package vn.reformtrack.results;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import vn.reformtrack.settings.SettingDefinition;
import vn.reformtrack.settings.SettingDefinition.SettingChoice;

/** Which province of the national tables this deployment is. */
@Configuration(proxyBeanMethods = false)
public class ResultsSettings {

    public static final String OWN_JURISDICTION = "results.own-jurisdiction-code";

    @Bean
    SettingDefinition ownJurisdictionSetting(@Lazy JurisdictionRepository jurisdictions) {
        return SettingDefinition.choice(OWN_JURISDICTION, "22", "setting.results.ownJurisdiction", 20,
                () -> jurisdictions.findAll().stream()
                        .filter(jurisdiction -> jurisdiction.getMergedOn() == null)
                        .sorted(java.util.Comparator.comparing(Jurisdiction::getCode))
                        .map(jurisdiction -> new SettingChoice(jurisdiction.getCode(), label(jurisdiction)))
                        .toList());
    }

    /** "46 — Thành phố Huế (Tỉnh Thừa Thiên Huế)": found by the name it had as well. */
    private static String label(Jurisdiction jurisdiction) {
        List<String> former = JurisdictionMatcher.formerNames(jurisdiction.getFormerNameVi());
        return jurisdiction.getCode() + " — " + jurisdiction.getNameVi()
                + (former.isEmpty() ? "" : " (" + String.join(", ", former) + ")");
    }
}
