package vn.reformtrack.unitindex;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserDirectory;
import vn.reformtrack.identity.UserSummary;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.settings.SettingDefinition;
import vn.reformtrack.settings.SettingType;
import vn.reformtrack.settings.Settings;

/**
 * The class thresholds a new round starts from, as settings an administrator changes (each round keeps its own); and
 * who may chair a council (Home Affairs' coordinators).
 */
@Configuration(proxyBeanMethods = false)
public class UnitIndexSettings {

    public static final String EXCELLENT = "unitindex.class-excellent";
    public static final String GOOD = "unitindex.class-good";
    public static final String FAIR = "unitindex.class-fair";
    public static final String AVERAGE = "unitindex.class-average";

    private final Settings settings;
    private final UserDirectory users;
    private final UnitDirectory units;

    UnitIndexSettings(Settings settings, UserDirectory users, UnitDirectory units) {
        this.settings = settings;
        this.users = users;
        this.units = units;
    }

    @Bean
    static SettingDefinition unitIndexClassExcellent() {
        return SettingDefinition.of(EXCELLENT, SettingType.DECIMAL, "90", "setting.unitindex.classExcellent", 700);
    }

    @Bean
    static SettingDefinition unitIndexClassGood() {
        return SettingDefinition.of(GOOD, SettingType.DECIMAL, "80", "setting.unitindex.classGood", 701);
    }

    @Bean
    static SettingDefinition unitIndexClassFair() {
        return SettingDefinition.of(FAIR, SettingType.DECIMAL, "70", "setting.unitindex.classFair", 702);
    }

    @Bean
    static SettingDefinition unitIndexClassAverage() {
        return SettingDefinition.of(AVERAGE, SettingType.DECIMAL, "50", "setting.unitindex.classAverage", 703);
    }

    /** The thresholds a new round is offered. */
    public ClassThresholds thresholds() {
        Settings.Values values = settings.read(EXCELLENT, GOOD, FAIR, AVERAGE);
        return new ClassThresholds(values.getDecimal(EXCELLENT), values.getDecimal(GOOD), values.getDecimal(FAIR),
                values.getDecimal(AVERAGE));
    }

    /** The coordinators of every unit, who may chair a council. */
    public List<UserSummary> coordinators() {
        List<Long> all = units.tree(false).stream().map(vn.reformtrack.organization.UnitRow::id).toList();
        return users.activeInUnits(all, Role.COORDINATOR);
    }
}
