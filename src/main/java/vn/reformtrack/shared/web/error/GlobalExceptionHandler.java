package vn.reformtrack.shared.web.error;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.SQLException;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RuleViolationException;
import vn.reformtrack.shared.web.LanguageSwitch;
import vn.reformtrack.shared.db.DatabaseOutage;

/**
 * Turns what a handler throws into a page in the user's language: 404 for a missing (or forbidden) record, 403,
 * 409 for a concurrent edit or a refused rule, 400 for a malformed request (including a filter or form object that
 * does not bind where the handler takes no {@code BindingResult}, and a field name no form has, such as an index
 * into a set or past the binder's limit), 503 when the database did not answer (see {@link DatabaseOutageFilter}), and
 * for anything else a 500 page with the request's reference, the stack trace going only to the log.
 */
@Slf4j
@ControllerAdvice
class GlobalExceptionHandler {

    /** PostgreSQL's {@code unique_violation}. */
    private static final String UNIQUE_VIOLATION = "23505";

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    ModelAndView notFound(Exception exception) {
        log.debug("Not found: {}", exception.getMessage());
        return page("error/404", HttpStatus.NOT_FOUND);
    }

    /** An address no handler takes (static files are only under /css, /js, /img and /webjars). */
    @ExceptionHandler(NoHandlerFoundException.class)
    ModelAndView noHandler(NoHandlerFoundException exception, HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response) {
        try {
            LanguageSwitch.interceptor().preHandle(request, response, exception);
        } catch (RuntimeException | jakarta.servlet.ServletException unknownLanguage) {
            log.debug("Language switch on a missing page not applied: {}", unknownLanguage.getMessage());
        }
        return notFound(exception);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(AccessDeniedException exception, HttpServletRequest request) {
        log.info("Access denied to {} {}", request.getMethod(), request.getRequestURI());
        return page("error/403", HttpStatus.FORBIDDEN);
    }

    @ExceptionHandler({ConcurrentEditException.class, OptimisticLockingFailureException.class})
    ModelAndView concurrentEdit(Exception exception) {
        log.info("Concurrent edit refused: {}", exception.getMessage());
        return page("error/409", HttpStatus.CONFLICT);
    }

    /**
     * A unique index refused the row: two identical submissions (a double click, two people saving the same unit code
     * at once) both passed the service's duplicate check before either was written. The second is told, as a conflict;
     * any other integrity failure is a bug and gets the 500 page.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView integrityViolation(DataIntegrityViolationException exception, HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response) {
        if (!(NestedExceptionUtils.getMostSpecificCause(exception) instanceof SQLException sql)
                || !UNIQUE_VIOLATION.equals(sql.getSQLState())) {
            return unexpected(exception, request, response);
        }
        log.info("Duplicate refused by a unique index on {} {}: {}", request.getMethod(), request.getRequestURI(),
                sql.getMessage());
        ModelAndView page = page("error/409", HttpStatus.CONFLICT);
        page.addObject("ruleKey", "error.duplicate");
        page.addObject("ruleArguments", new Object[0]);
        return page;
    }

    @ExceptionHandler(RuleViolationException.class)
    ModelAndView ruleViolation(RuleViolationException exception) {
        ModelAndView page = page("error/409", HttpStatus.CONFLICT);
        page.addObject("ruleKey", exception.getMessageKey());
        page.addObject("ruleArguments", exception.getArguments());
        return page;
    }

    @ExceptionHandler({
        MethodArgumentTypeMismatchException.class,
        MissingServletRequestParameterException.class,
        HttpRequestMethodNotSupportedException.class,
        BindException.class,
        InvalidPropertyException.class
    })
    ModelAndView badRequest(Exception exception) {
        log.debug("Bad request: {}", exception.getMessage());
        return page("error/400", HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException exception) {
        ModelAndView page = page("error/400", HttpStatus.CONTENT_TOO_LARGE);
        page.addObject("ruleKey", "error.upload.tooLarge");
        page.addObject("ruleArguments", new Object[0]);
        return page;
    }

    @ExceptionHandler(MultipartException.class)
    ModelAndView brokenUpload(MultipartException exception) {
        log.info("Upload could not be read: {}", exception.getMessage());
        ModelAndView page = page("error/400", HttpStatus.BAD_REQUEST);
        page.addObject("ruleKey", "error.upload.broken");
        page.addObject("ruleArguments", new Object[0]);
        return page;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception exception, HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response) {
        Object reference = request.getAttribute(RequestReferenceFilter.ATTRIBUTE);
        if (DatabaseOutage.isCause(exception)) {
            log.warn("Database unavailable during {} {} (reference {}): {}", request.getMethod(), request.getRequestURI(),
                    reference, DatabaseOutageFilter.rootMessage(exception));
            response.setHeader("Retry-After", DatabaseOutageFilter.RETRY_AFTER_SECONDS);
            ModelAndView page = page("error/5xx", HttpStatus.SERVICE_UNAVAILABLE);
            page.addObject("reference", reference);
            return page;
        }
        log.error("Request {} {} failed (reference {})", request.getMethod(), request.getRequestURI(), reference, exception);
        ModelAndView page = page("error/5xx", HttpStatus.INTERNAL_SERVER_ERROR);
        page.addObject("reference", reference);
        return page;
    }

    private static ModelAndView page(String view, HttpStatus status) {
        ModelAndView page = new ModelAndView(view);
        page.setStatus(status);
        page.addObject("status", status.value());
        return page;
    }
}
