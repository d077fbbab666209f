package vn.reformtrack.shared.web;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * Links that keep the current query (search words, filters) while changing one parameter: pagination and sort
 * links. Available in templates as {@code @pages}.
 */
@Component("pages")
public class Pages {

    public String withParam(String name, Object value) {
        return relative(ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam(name, value)
                .build());
    }

    /** The same list with {@code size} rows per page, from its first page. */
    public String resized(int size) {
        return relative(ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page")
                .replaceQueryParam("size", size)
                .build());
    }

    /** The rows per page a reader may choose; see {@link PageSizes}. */
    public List<Integer> sizes() {
        return PageSizes.CHOICES;
    }

    /** Whether a list's page offers the choice of size: when it has more than one page, or a size was chosen. */
    public boolean offersSizes(Page<?> page) {
        return page.getTotalElements() > page.getSize() || page.getSize() > PageSizes.DEFAULT;
    }

    /** The same list, as an .xlsx download: the current query plus {@code format=xlsx}. */
    public String asXlsx() {
        return relative(ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page")
                .replaceQueryParam("size")
                .replaceQueryParam("format", "xlsx")
                .build());
    }

    private static String relative(UriComponents uri) {
        return uri.getPath() + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
    }

    /** Page numbers to show around the current one (zero-based), at most {@code width} on each side. */
    public int[] window(int current, int total, int width) {
        int from = Math.max(0, current - width);
        int to = Math.min(total - 1, current + width);
        if (to < from) {
            return new int[0];
        }
        int[] numbers = new int[to - from + 1];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = from + i;
        }
        return numbers;
    }
}
