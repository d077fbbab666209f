package vn.reformtrack.shared.web;

import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The {@code ?lang=} switch (vi, en). Interceptors run only for a request some handler took: the "not found" page of
 * an address nobody handles applies it itself.
 */
public final class LanguageSwitch {

    private LanguageSwitch() {}

    public static LocaleChangeInterceptor interceptor() {
        LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
        languageSwitch.setParamName("lang");
        languageSwitch.setIgnoreInvalidLocale(true);
        return languageSwitch;
    }
}
