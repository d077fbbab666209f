package vn.reformtrack.shared.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The page engine as Boot sets it up, with two changes: views that read back the attributes they write from memory
 * ({@link KnownAttributesView}), and room in its caches.
 *
 * <p>Room in the page engine's caches for every page's parsed templates and expressions. Thymeleaf keeps 200 parsed
 * template parts and 500 expressions by default; the main pages of the three roles alone use some 240 parts and 3,000
 * expressions (each SpEL expression compiled to bytecode), so with users on different pages at once the caches
 * forgot, in the order they were filled, what the next page needed, and each view parsed and compiled its expressions
 * again. One page at a time fits, which is why a benchmark of one page never showed it. The entries are soft
 * references, given up under memory pressure as before.
 */
@Configuration(proxyBeanMethods = false)
class PageEngine {

    /** Parsed template parts (a template or a fragment of it, per template that inserts it). */
    static final int TEMPLATES = 2_000;

    /** Parsed expressions, their SpEL forms and fragment signatures. */
    static final int EXPRESSIONS = 20_000;

    @Bean
    static BeanPostProcessor pageEngineSettings() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof ThymeleafViewResolver resolver) {
                    resolver.setViewClass(KnownAttributesView.class);
                }
                if (bean instanceof SpringTemplateEngine engine) {
                    StandardCacheManager caches = new StandardCacheManager();
                    caches.setTemplateCacheMaxSize(TEMPLATES);
                    caches.setExpressionCacheMaxSize(EXPRESSIONS);
                    engine.setCacheManager(caches);
                }
                return bean;
            }
        };
    }
}
