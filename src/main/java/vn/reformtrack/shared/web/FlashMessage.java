package vn.reformtrack.shared.web;

import java.io.Serializable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A one-line confirmation shown after a redirect: a message key and its arguments, rendered by the layout. */
public record FlashMessage(Kind kind, String key, Object[] arguments) implements Serializable {

    public enum Kind {
        SUCCESS,
        WARNING,
        DANGER
    }

    public static void success(RedirectAttributes redirect, String key, Object... arguments) {
        redirect.addFlashAttribute("flash", new FlashMessage(Kind.SUCCESS, key, arguments));
    }

    public static void warning(RedirectAttributes redirect, String key, Object... arguments) {
        redirect.addFlashAttribute("flash", new FlashMessage(Kind.WARNING, key, arguments));
    }

    public String cssClass() {
        return "alert-" + kind.name().toLowerCase();
    }
}
