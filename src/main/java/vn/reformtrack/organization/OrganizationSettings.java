package vn.reformtrack.organization;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.reformtrack.settings.SettingDefinition;
import vn.reformtrack.settings.SettingType;

/** The province this deployment serves, as its documents name it. */
@Configuration(proxyBeanMethods = false)
public class OrganizationSettings {

    /** e.g. "Quảng Ninh": used in headers such as "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH". */
    public static final String PROVINCE_NAME = "province.name";

    @Bean
    SettingDefinition provinceNameSetting() {
        return SettingDefinition.of(PROVINCE_NAME, SettingType.TEXT, "Quảng Ninh", "setting.province.name", 10);
    }
}
