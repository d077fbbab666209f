package vn.reformtrack.shared.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every module keeps its texts in {@code messages/<module>_vi.properties} and {@code messages/<module>_en.properties};
 * this finds all of them, so a new module adds its bundle without touching a shared file. Vietnamese is the
 * fallback, whatever the server's own locale.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    static final String BUNDLE_PATTERN = "classpath*:messages/*_vi.properties";

    @Bean
    MessageSource messageSource() throws IOException {
        ReloadableResourceBundleMessageSource messageSource = new ReloadableResourceBundleMessageSource();
        messageSource.setBasenames(basenames());
        messageSource.setDefaultEncoding("UTF-8");
        messageSource.setFallbackToSystemLocale(false);
        messageSource.setDefaultLocale(Locales.VIETNAMESE);
        messageSource.setCacheSeconds(-1);
        return messageSource;
    }

    static String[] basenames() throws IOException {
        Resource[] bundles = new PathMatchingResourcePatternResolver().getResources(BUNDLE_PATTERN);
        return Arrays.stream(bundles)
                .map(Resource::getFilename)
                .filter(Objects::nonNull)
                .map(name -> "classpath:messages/" + name.substring(0, name.length() - "_vi.properties".length()))
                .distinct()
                .sorted()
                .toArray(String[]::new);
    }
}
