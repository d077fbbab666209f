package vn.reformtrack.shared.web.error;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a short reference, written into each log line ({@code ref}) and onto the error page, so that
 * a user quoting "mã lỗi 7K3QX2PA" leads straight to the stack trace in the logs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestReferenceFilter extends OncePerRequestFilter {

    public static final String ATTRIBUTE = "requestReference";
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

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
        for (int i = 0; i < reference.length; i++) {
            reference[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(reference);
    }
}
