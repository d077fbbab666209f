package vn.reformtrack.shared.web;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileCopyUtils;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templateresource.ITemplateResource;

/**
 * The page templates, read without the indentation at the start of their lines. A quarter of a long page's HTML was
 * the templates' own indentation (51 of the head's report's 205 KB), and every character of it was copied, encoded and
 * compressed again on every view. Each line break stays, so words on two lines are still two words and inline
 * elements keep their space; only the spaces after it go. The templates are read once (Thymeleaf caches what it
 * parsed), so this costs nothing per page. No template holds preformatted text of its own ({@code <pre>} and
 * {@code <textarea>} get theirs from expressions), which is where leading spaces would mean something.
 *
 * <p>Boot's own template resolver, with the same {@code spring.thymeleaf.*} settings, and only the reading changed.
 * Mail templates have an engine of their own ({@code MailComposer}) and are not touched.
 */
@Configuration(proxyBeanMethods = false)
class IndentationFreeTemplates {

    private static final Pattern LINE_INDENTATION = Pattern.compile("\\n\\s+");

    @Bean
    SpringResourceTemplateResolver defaultTemplateResolver(ThymeleafProperties properties, ApplicationContext context) {
        SpringResourceTemplateResolver resolver = new SpringResourceTemplateResolver() {
            @Override
            protected ITemplateResource computeTemplateResource(IEngineConfiguration configuration, String ownerTemplate,
                    String template, String resourceName, String characterEncoding,
                    Map<String, Object> templateResolutionAttributes) {
                return new WithoutIndentation(super.computeTemplateResource(configuration, ownerTemplate, template,
                        resourceName, characterEncoding, templateResolutionAttributes));
            }
        };
        resolver.setApplicationContext(context);
        resolver.setPrefix(properties.getPrefix());
        resolver.setSuffix(properties.getSuffix());
        resolver.setTemplateMode(properties.getMode());
        resolver.setCharacterEncoding(properties.getEncoding().name());
        resolver.setCacheable(properties.isCache());
        if (properties.getTemplateResolverOrder() != null) {
            resolver.setOrder(properties.getTemplateResolverOrder());
        }
        resolver.setCheckExistence(properties.isCheckTemplate());
        return resolver;
    }

    /** Removes what follows a line break up to the next character that is not a space: indentation and blank lines. */
    static String withoutIndentation(String template) {
        return LINE_INDENTATION.matcher(template).replaceAll("\n");
    }

    private record WithoutIndentation(ITemplateResource resource) implements ITemplateResource {

        @Override
        public String getDescription() {
            return resource.getDescription();
        }

        @Override
        public String getBaseName() {
            return resource.getBaseName();
        }

        @Override
        public boolean exists() {
            return resource.exists();
        }

        @Override
        public Reader reader() throws IOException {
            try (Reader reader = resource.reader()) {
                return new StringReader(withoutIndentation(FileCopyUtils.copyToString(reader)));
            }
        }

        @Override
        public ITemplateResource relative(String relativeLocation) {
            return new WithoutIndentation(resource.relative(relativeLocation));
        }
    }
}
