package vn.reformtrack.dashboard;

import java.math.BigDecimal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.reformtrack.settings.SettingDefinition;
import vn.reformtrack.settings.SettingType;
import vn.reformtrack.settings.Settings;

/**
 * How the league table of units scores and tiers them, as settings an administrator changes: the weight of each
 * measure (relative: 40/30/30 and 4/3/3 score alike) and the lowest score of each tier.
 */
@Configuration(proxyBeanMethods = false)
public class LeagueSettings {

    public static final String WEIGHT_COMPLETION = "dashboard.league-weight-completion";
    public static final String WEIGHT_ON_TIME = "dashboard.league-weight-on-time";
    public static final String WEIGHT_REPORTS = "dashboard.league-weight-reports";
    public static final String TIER_GOOD = "dashboard.league-tier-good";
    public static final String TIER_FAIR = "dashboard.league-tier-fair";
    public static final String TIER_AVERAGE = "dashboard.league-tier-average";

    @Bean
    SettingDefinition leagueWeightCompletion() {
        return SettingDefinition.of(WEIGHT_COMPLETION, SettingType.INTEGER, "40", "setting.dashboard.weightCompletion", 600);
    }

    @Bean
    SettingDefinition leagueWeightOnTime() {
        return SettingDefinition.of(WEIGHT_ON_TIME, SettingType.INTEGER, "30", "setting.dashboard.weightOnTime", 601);
    }

    @Bean
    SettingDefinition leagueWeightReports() {
        return SettingDefinition.of(WEIGHT_REPORTS, SettingType.INTEGER, "30", "setting.dashboard.weightReports", 602);
    }

    @Bean
    SettingDefinition leagueTierGood() {
        return SettingDefinition.of(TIER_GOOD, SettingType.DECIMAL, "80", "setting.dashboard.tierGood", 610);
    }

    @Bean
    SettingDefinition leagueTierFair() {
        return SettingDefinition.of(TIER_FAIR, SettingType.DECIMAL, "65", "setting.dashboard.tierFair", 611);
    }

    @Bean
    SettingDefinition leagueTierAverage() {
        return SettingDefinition.of(TIER_AVERAGE, SettingType.DECIMAL, "50", "setting.dashboard.tierAverage", 612);
    }

    /** The weights and thresholds in force, read from the settings. Negative weights count as zero. */
    public record Rules(int completion, int onTime, int reports, BigDecimal good, BigDecimal fair, BigDecimal average) {

        static Rules read(Settings settings) {
            Settings.Values values = settings.read(WEIGHT_COMPLETION, WEIGHT_ON_TIME, WEIGHT_REPORTS, TIER_GOOD, TIER_FAIR,
                    TIER_AVERAGE);
            return new Rules(Math.max(0, values.getInt(WEIGHT_COMPLETION)), Math.max(0, values.getInt(WEIGHT_ON_TIME)),
                    Math.max(0, values.getInt(WEIGHT_REPORTS)), values.getDecimal(TIER_GOOD),
                    values.getDecimal(TIER_FAIR), values.getDecimal(TIER_AVERAGE));
        }

        public LeagueTier tier(BigDecimal score) {
            if (score.compareTo(good) >= 0) {
                return LeagueTier.GOOD;
            }
            if (score.compareTo(fair) >= 0) {
                return LeagueTier.FAIR;
            }
            return score.compareTo(average) >= 0 ? LeagueTier.AVERAGE : LeagueTier.WEAK;
        }

        /** The lowest score of a tier (null for the lowest tier, which has none). */
        public BigDecimal threshold(LeagueTier tier) {
            return switch (tier) {
                case GOOD -> good;
                case FAIR -> fair;
                case AVERAGE -> average;
                case WEAK -> null;
            };
        }
    }
}
