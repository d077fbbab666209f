package vn.reformtrack.shared.web;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContext;
import org.springframework.web.servlet.view.AbstractTemplateView;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.context.webmvc.SpringWebMvcThymeleafRequestContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * A large part of a page rendered once for what it shows, not once per view. The caller reads its data afresh on every
 * request, as always, and hands it over as the fragment's variables; the fragment's HTML is kept with those variables
 * and the reader's language, and given again while they are equal. Rendering is a function of exactly these (the
 * template, the variables, the language), so what is given is always what rendering the fresh data would give: a
 * finished task or an accepted report changes the variables and the fragment is rendered anew on the same request.
 *
 * <p>The province overview on the leader's home is some hundred expressions over a thousand elements, the same for
 * every leader until the data changes: given again, the home page served about 30 % more requests under load.
 *
 * <p>Only for fragments that read nothing but their variables, the language and formatting beans ({@code @fmt},
 * messages, links): no {@code @viewer}, nothing of the signed-in user that is not among the variables. Forms are
 * fine: their CSRF token (the session's) is rendered as a stand-in and the request's own token put in its place each
 * time the HTML is given. The variables must compare by value (records, strings, numbers, dates, lists and
 * maps of them, null allowed); one that compares by identity is never equal again, and the fragment is simply
 * rendered every time.
 */
@Component
public class RenderedFragments {

    /** Views of each fragment, by whether it was rendered ({@code rendered=true}) or given again. */
    public static final String METRIC = "reformtrack.fragments";

    /**
     * Kept renderings of each fragment (language × variables); the fragment's oldest is forgotten when there are more,
     * the other fragments' stay (the menu's many variants never push out a task table).
     */
    static final int KEPT = 64;

    /**
     * At most this many characters of HTML kept per fragment (a Vietnamese page's string takes two bytes a character):
     * a unit's report or a filtered task list is tens of thousands, so a few hundred units' reports would otherwise
     * hold tens of megabytes. The newest rendering is always kept, whatever its size.
     */
    static final int KEPT_CHARACTERS = 256 * 1024;

    private final SpringTemplateEngine engine;
    private final ApplicationContext context;
    private final ConversionService conversions;
    private final ServletContext servletContext;
    private final JakartaServletWebApplication application;
    private final Map<String, Renderings> kept = new ConcurrentHashMap<>();
    private final MeterRegistry meters;

    /** Stands for the CSRF token in kept HTML; random, so that no text on a page can be taken for it. */
    private final String tokenStandIn = "csrf-stand-in-" + UUID.randomUUID();

    RenderedFragments(SpringTemplateEngine engine, ApplicationContext context, ServletContext servletContext,
            @Qualifier("mvcConversionService") ConversionService conversions, MeterRegistry meters) {
        this.engine = engine;
        this.context = context;
        this.conversions = conversions;
        this.meters = meters;
        this.servletContext = servletContext;
        this.application = JakartaServletWebApplication.buildApplication(servletContext);
    }

    private record Key(String template, String fragment, Locale locale, Map<String, Object> variables) {}

    /**
     * The HTML in pieces split where the CSRF token's stand-in was (one piece when it has no form), so that the token is
     * put in without searching the HTML again.
     */
    record Rendering(Locale locale, Map<String, Object> variables, String[] pieces) {

        int characters() {
            int characters = 0;
            for (String piece : pieces) {
                characters += piece.length();
            }
            return characters;
        }
    }

    /**
     * A fragment's kept renderings, the newest first, looked up by comparing (never hashing) the variables: a value read
     * by a kept read is the very object the kept rendering holds, and comparing it with itself costs nothing, where a
     * hash walks the whole of it on every view (a round's criteria, a report's figures). Readers scan a published
     * array without a lock; a new rendering publishes a new array.
     */
    static final class Renderings {

        private volatile Rendering[] newestFirst = new Rendering[0];

        Rendering find(Locale locale, Map<String, Object> variables) {
            for (Rendering rendering : newestFirst) {
                if (rendering.locale().equals(locale) && rendering.variables().size() == variables.size()
                        && rendering.variables().equals(variables)) {
                    return rendering;
                }
            }
            return null;
        }

        /**
         * Keeps the rendering unless an equal one was kept meanwhile, and gives the one kept. When many requests miss
         * the same fragment at once (the first minute after a start or a change, every busy thread), each renders it,
         * but it is kept once: 24 copies of every page's parts, each with its own copy of the data, were a fifth of the
         * heap after a load test.
         */
        synchronized Rendering keep(Rendering rendering) {
            Rendering same = find(rendering.locale(), rendering.variables());
            if (same != null) {
                return same;
            }
            Rendering[] before = newestFirst;
            int kept = 0;
            int characters = rendering.characters();
            while (kept < Math.min(before.length, KEPT - 1)
                    && characters + before[kept].characters() <= KEPT_CHARACTERS) {
                characters += before[kept].characters();
                kept++;
            }
            Rendering[] after = new Rendering[kept + 1];
            after[0] = rendering;
            System.arraycopy(before, 0, after, 1, kept);
            newestFirst = after;
            return rendering;
        }

        int size() {
            return newestFirst.length;
        }

        int characters() {
            int characters = 0;
            for (Rendering rendering : newestFirst) {
                characters += rendering.characters();
            }
            return characters;
        }
    }

    /**
     * The HTML of {@code template :: fragment} with these variables in the current request's language (insert it with
     * {@code th:utext}).
     */
    public String html(String template, String fragment, Map<String, Object> variables) {
        Locale locale = LocaleContextHolder.getLocale();
        String name = template + " :: " + fragment;
        Renderings renderings = kept.computeIfAbsent(name, ignored -> new Renderings());
        Rendering rendering = renderings.find(locale, variables);
        boolean rendered = rendering == null;
        if (rendered) {
            rendering = renderings.keep(render(new Key(template, fragment, locale,
                    Collections.unmodifiableMap(new HashMap<>(variables)))));
        }
        meters.counter(METRIC, "fragment", name, "rendered", Boolean.toString(rendered)).increment();
        return withToken(rendering);
    }

    /**
     * The HTML of {@code template :: fragment} rendered for this view alone, not kept: for variables no other view
     * will have (what one user typed into a form that was refused).
     */
    public String htmlOnce(String template, String fragment, Map<String, Object> variables) {
        Rendering rendering = render(new Key(template, fragment, LocaleContextHolder.getLocale(), variables));
        meters.counter(METRIC, "fragment", template + " :: " + fragment, "rendered", "true").increment();
        return withToken(rendering);
    }

    /** Forgets every kept rendering (tests compare what is given with a fresh rendering). */
    void forget() {
        kept.clear();
    }

    /**
     * Renders with the request's exchange (links are built as the page's are). A web context keeps its variables as
     * request attributes: they are put back as they were afterwards, so that the page's own template never sees the
     * fragment's variables in place of its model.
     */
    private Rendering render(Key key) {
        ServletRequestAttributes attributes =
                (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        HttpServletRequest request = attributes.getRequest();
        Map<String, Object> before = new HashMap<>();
        Set<String> names = new HashSet<>(key.variables().keySet());
        names.add(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME);
        names.add(AbstractTemplateView.SPRING_MACRO_REQUEST_CONTEXT_ATTRIBUTE);
        names.add(SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT);
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (token != null) {
            names.add(CsrfToken.class.getName());
            names.add(token.getParameterName());
        }
        names.forEach(name -> before.put(name, request.getAttribute(name)));
        try {
            if (token != null) {
                CsrfToken standIn = new DefaultCsrfToken(token.getHeaderName(), token.getParameterName(), tokenStandIn);
                request.setAttribute(CsrfToken.class.getName(), standIn);
                request.setAttribute(token.getParameterName(), standIn);
            }
            WebContext web = new WebContext(application.buildExchange(request, attributes.getResponse()), key.locale(),
                    key.variables());
            web.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                    new ThymeleafEvaluationContext(context, conversions));
            // As the page's view has it: forms get their hidden fields (the CSRF token) from the request context.
            RequestContext requestContext = new RequestContext(request, attributes.getResponse(), servletContext,
                    key.variables());
            web.setVariable(AbstractTemplateView.SPRING_MACRO_REQUEST_CONTEXT_ATTRIBUTE, requestContext);
            web.setVariable(SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT,
                    new SpringWebMvcThymeleafRequestContext(requestContext, request));
            String html = engine.process(key.template(), Set.of(key.fragment()), web);
            return new Rendering(key.locale(), key.variables(), html.split(Pattern.quote(tokenStandIn), -1));
        } finally {
            before.forEach(request::setAttribute);
        }
    }

    /** The rendering's HTML with the request's CSRF token in its forms. */
    private String withToken(Rendering rendering) {
        String[] pieces = rendering.pieces();
        if (pieces.length == 1) {
            return pieces[0];
        }
        HttpServletRequest request =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String token = csrf == null ? "" : csrf.getToken();
        int length = token.length() * (pieces.length - 1);
        for (String piece : pieces) {
            length += piece.length();
        }
        StringBuilder html = new StringBuilder(length).append(pieces[0]);
        for (int i = 1; i < pieces.length; i++) {
            html.append(token).append(pieces[i]);
        }
        return html.toString();
    }
}
