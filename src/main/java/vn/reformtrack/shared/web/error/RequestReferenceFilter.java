package vn.reformtrack.shared.web.error;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a short reference, written into each log line ({@code ref}) and onto the error page, so that
 * a user quoting "mã lỗi 7K3QX2PA" leads straight to the stack trace in the logs.
 *
 * <p>The reference finds log lines; it guards nothing, so it comes from the thread's own generator: drawn from the
 * system's secure generator, its eight characters held every request in turn behind that generator's one lock (under
 * load, threads waited there on every request).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestReferenceFilter extends OncePerRequestFilter {

    public static final String ATTRIBUTE = "requestReference";
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String reference = newReference();
        request.setAttribute(ATTRIBUTE, reference);
        MDC.put("ref", reference);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("ref");
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }

    static String newReference() {
        char[] reference = new char[8];
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < reference.length; i++) {
            reference[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(reference);
    }
}
