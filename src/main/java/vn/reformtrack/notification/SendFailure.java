package vn.reformtrack.notification;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

/**
 * What a failed send means for the message: refused for good (the server answered 5xx for this message or address: it
 * is not tried again), the server unreachable or not answering (down, refusing connections, timing out, or refusing
 * our credentials: the message and the rest of the run wait for the next attempt), or something else passing (this
 * message is tried again later).
 */
record SendFailure(Kind kind, String detail) {

    enum Kind {
        REFUSED,
        UNAVAILABLE,
        PASSING
    }

    private static final Pattern REPLY_CODE = Pattern.compile("^\\s*([45])\\d\\d\\b");

    static SendFailure of(Throwable failure) {
        if (failure instanceof MailAuthenticationException) {
            return new SendFailure(Kind.UNAVAILABLE, describe(failure));
        }
        // Spring's MailSendException carries a message's own failure beside it, not as its cause.
        if (failure instanceof MailSendException send && send.getMessageExceptions().length > 0
                && failure.getCause() == null) {
            return of(send.getMessageExceptions()[0]);
        }
        String detail = describe(failure);
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof SocketTimeoutException
                    || cause instanceof UnknownHostException || cause instanceof NoRouteToHostException
                    || cause instanceof AuthenticationFailedException) {
                return new SendFailure(Kind.UNAVAILABLE, detail);
            }
            Matcher code = REPLY_CODE.matcher(String.valueOf(cause.getMessage()));
            if (code.find()) {
                return new SendFailure("5".equals(code.group(1)) ? Kind.REFUSED : Kind.PASSING, detail);
            }
            if (cause instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
                    && sendFailed.getInvalidAddresses().length > 0) {
                return new SendFailure(Kind.REFUSED, detail);
            }
        }
        return new SendFailure(Kind.PASSING, detail);
    }

    /** The innermost message worth showing an administrator, on one line. */
    private static String describe(Throwable failure) {
        String text = failure.getMessage();
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                text = cause.getClass().getSimpleName() + ": " + cause.getMessage();
            }
        }
        String line = String.valueOf(text).replaceAll("\\s+", " ").strip();
        return line.length() > 500 ? line.substring(0, 500) : line;
    }
}
