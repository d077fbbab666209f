package vn.reformtrack.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.thymeleaf.spring6.view.ThymeleafView;

/**
 * A page's view, rendered with the request's attributes that the page itself writes read back from a map. Thymeleaf
 * keeps every variable of a page (the model, each {@code th:with} and {@code th:each}) as a request attribute, and every
 * read of one went down the whole chain of request wrappers (resources, security, session, the container's facade) to
 * the container's own map: a tenth of the head's report page, whose entries are some forty expressions each.
 *
 * <p>Writes still go through to the request, so the request has every attribute as before, for whatever reads it by
 * another way; only the page's own reads of what it wrote skip the chain. Attributes the page did not write are read
 * from the request. Installed on Boot's view resolver by {@link PageEngine}.
 */
public class KnownAttributesView extends ThymeleafView {

    @Override
    protected void renderFragment(Set<String> markupSelectors, Map<String, ?> model, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        super.renderFragment(markupSelectors, model, new KnownAttributes(request), response);
    }

    /** A request that remembers the attributes written through it, and reads those from memory. */
    static final class KnownAttributes extends HttpServletRequestWrapper {

        private static final Object REMOVED = new Object();

        private final Map<String, Object> written = new HashMap<>();

        KnownAttributes(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            Object value = written.get(name);
            if (value == null) {
                return super.getAttribute(name);
            }
            return value == REMOVED ? null : value;
        }

        @Override
        public void setAttribute(String name, Object value) {
            if (value == null) {
                removeAttribute(name);
                return;
            }
            super.setAttribute(name, value);
            written.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            super.removeAttribute(name);
            written.put(name, REMOVED);
        }
    }
}
