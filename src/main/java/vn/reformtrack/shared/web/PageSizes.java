package vn.reformtrack.shared.web;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

/**
 * How many rows a long list shows on one page: {@value #DEFAULT} unless the reader picks another of {@link #CHOICES}
 * with the {@code size} parameter. A list of 25 rows is read at a glance and is half the work of 50 for the server
 * and the browser; the reader who scans more at once picks 50 or 100. A size that is not one of the choices (a typed
 * URL, an old bookmark) shows the default, as a bad filter value shows the whole list.
 */
public final class PageSizes {

    public static final int DEFAULT = 25;
    public static final List<Integer> CHOICES = List.of(DEFAULT, 50, 100);

    private PageSizes() {
    }

    /** The rows per page asked for, or the default when it is not one of the choices. */
    public static int of(String requested) {
        if (requested != null) {
            for (int choice : CHOICES) {
                if (requested.trim().equals(String.valueOf(choice))) {
                    return choice;
                }
            }
        }
        return DEFAULT;
    }

    /**
     * The page asked for of a list already read whole (a table built from a read model): a missing or negative number
     * shows the first page, a number past the end the last one.
     */
    public static <T> Page<T> slice(List<T> all, Integer page, String size) {
        int rows = of(size);
        int pages = Math.max(1, (all.size() + rows - 1) / rows);
        int current = page == null || page < 0 ? 0 : Math.min(page, pages - 1);
        return new PageImpl<>(all.subList(current * rows, Math.min(all.size(), (current + 1) * rows)),
                PageRequest.of(current, rows), all.size());
    }

    /** The page asked for (a negative number is the first) of the size asked for. */
    public static PageRequest request(int page, String size) {
        return PageRequest.of(Math.max(page, 0), of(size));
    }
}
