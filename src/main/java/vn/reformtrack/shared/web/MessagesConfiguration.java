package vn.reformtrack.shared.web;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
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
        ReloadableResourceBundleMessageSource messageSource = new PerThreadFormats();
        messageSource.setBasenames(basenames());
        messageSource.setDefaultEncoding("UTF-8");
        messageSource.setFallbackToSystemLocale(false);
        messageSource.setDefaultLocale(Locales.VIETNAMESE);
        messageSource.setCacheSeconds(-1);
        return messageSource;
    }

    /**
     * A message with arguments is formatted by its {@link MessageFormat}, which is not thread-safe: Spring keeps one per
     * message and language and formats under its lock. A table row's message read by every request at once made
     * threads queue for it (under load, a thread in twenty waiting there at any moment). Each thread formats with its
     * own copy of the shared format instead, made once per thread and message; the texts are the same.
     */
    static final class PerThreadFormats extends ReloadableResourceBundleMessageSource {

        private final ThreadLocal<Map<MessageFormat, MessageFormat>> copies =
                ThreadLocal.withInitial(IdentityHashMap::new);

        @Override
        protected MessageFormat resolveCode(String code, Locale locale) {
            MessageFormat shared = super.resolveCode(code, locale);
            if (shared == null) {
                return null;
            }
            return copies.get().computeIfAbsent(shared, format -> (MessageFormat) format.clone());
        }
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
