package vn.reformtrack.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finding the page a URL asks for. Spring MVC finds an address without variables in a map, but for one with a variable
 * ({@code /reporting/periods/3}) it tries every one of the application's ~260 mappings in turn, each asking the
 * request for its method, headers and parsed path through five request wrappers: 5–7 % of such a page's time under
 * load. Here a mapping is tried only when the first segment of its address can be the URL's (the same word, or a
 * variable or wildcard there): a dozen mappings instead of all. Which mapping wins, and every answer for what no
 * mapping takes (404, 405), are Spring's own.
 */
@Configuration(proxyBeanMethods = false)
class PageLookup implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new FirstSegmentMapping();
    }

    static final class FirstSegmentMapping extends RequestMappingHandlerMapping {

        /** The first segment of the URL being looked up, while it is; null when any mapping may match. */
        private static final ThreadLocal<String> LOOKED_UP = new ThreadLocal<>();

        /**
         * Per mapping, the literal first segments of its addresses; a mapping with any address whose first segment is a
         * variable or a wildcard is not here (it is always tried). Written while the mappings are registered, at start.
         */
        private final Map<RequestMappingInfo, Set<String>> firstSegments = new IdentityHashMap<>();

        @Override
        protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
            super.registerHandlerMethod(handler, method, mapping);
            Set<String> literals = literalFirstSegments(mapping);
            if (literals != null) {
                firstSegments.put(mapping, literals);
            }
        }

        @Override
        protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
            LOOKED_UP.set(firstSegment(lookupPath));
            try {
                return super.lookupHandlerMethod(lookupPath, request);
            } finally {
                LOOKED_UP.remove();
            }
        }

        @Override
        protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            String segment = LOOKED_UP.get();
            if (segment != null) {
                Set<String> literals = firstSegments.get(info);
                if (literals != null && !literals.contains(segment)) {
                    return null;
                }
            }
            return super.getMatchingMapping(info, request);
        }

        /** Null when one of the mapping's addresses may begin with anything. */
        static Set<String> literalFirstSegments(RequestMappingInfo mapping) {
            PathPatternsRequestCondition patterns = mapping.getPathPatternsCondition();
            if (patterns == null || patterns.getPatterns().isEmpty()) {
                return null;
            }
            Set<String> literals = new HashSet<>();
            for (PathPattern pattern : patterns.getPatterns()) {
                String text = pattern.getPatternString();
                if (!text.startsWith("/")) {
                    return null;
                }
                String segment = firstSegment(text);
                if (segment == null || segment.indexOf('{') >= 0 || segment.indexOf('*') >= 0
                        || segment.indexOf('?') >= 0) {
                    return null;
                }
                literals.add(segment);
            }
            return literals;
        }

        /**
         * The first segment of a path as it is written; null when what Spring compares may differ from it (an encoded
         * character or a matrix variable: Spring decodes and drops them before comparing).
         */
        static String firstSegment(String path) {
            if (!path.startsWith("/")) {
                return null;
            }
            int end = path.indexOf('/', 1);
            String segment = end < 0 ? path.substring(1) : path.substring(1, end);
            return segment.indexOf('%') >= 0 || segment.indexOf(';') >= 0 ? null : segment;
        }
    }
}
