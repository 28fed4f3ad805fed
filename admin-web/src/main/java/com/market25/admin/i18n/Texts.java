package com.market25.admin.i18n;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Labels and messages of the admin in the view's language: {@code Ui} (this WAR's screen texts)
 * and the domain bundle {@code com.market25.i18n.Messages} (statuses, payment methods, error keys
 * the boundaries return). Korean is the base of both bundles.
 */
public final class Texts {

    public static final Locale KOREAN = Locale.KOREAN;
    public static final Locale ENGLISH = Locale.ENGLISH;

    static final String UI = "com.market25.admin.i18n.Ui";
    static final String DOMAIN = "com.market25.i18n.Messages";

    private Texts() {
    }

    /** The supported locale for a language code; anything unknown is Korean. */
    public static Locale supported(String language) {
        return "en".equalsIgnoreCase(language) ? ENGLISH : KOREAN;
    }

    public static Locale current() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null && faces.getViewRoot().getLocale() != null) {
            return supported(faces.getViewRoot().getLocale().getLanguage());
        }
        return KOREAN;
    }

    public static String ui(String key, Object... args) {
        return ui(current(), key, args);
    }

    public static String ui(Locale locale, String key, Object... args) {
        return format(lookup(UI, locale, key, Texts.class.getClassLoader()), locale, args);
    }

    /** A message key of the domain (e.g. {@code error.transition}, {@code status.PAID}). */
    public static String domain(String key, Object... args) {
        return domain(current(), key, args);
    }

    public static String domain(Locale locale, String key, Object... args) {
        return format(lookup(DOMAIN, locale, key, domainLoader()), locale, args);
    }

    public static void info(String clientId, String summary) {
        add(clientId, FacesMessage.SEVERITY_INFO, summary);
    }

    public static void error(String clientId, String summary) {
        add(clientId, FacesMessage.SEVERITY_ERROR, summary);
    }

    /** True when this request already has an error message (a refused change). */
    public static boolean hasErrors() {
        FacesMessage.Severity max = FacesContext.getCurrentInstance().getMaximumSeverity();
        return max != null && max.compareTo(FacesMessage.SEVERITY_ERROR) >= 0;
    }

    private static void add(String clientId, FacesMessage.Severity severity, String summary) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, summary, null));
    }

    private static String lookup(String bundle, Locale locale, String key, ClassLoader loader) {
        try {
            return ResourceBundle.getBundle(bundle, locale, loader).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private static String format(String pattern, Locale locale, Object... args) {
        return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    private static ClassLoader domainLoader() {
        // The domain bundle lives in the EJB module, next to the OrderStatus enum.
        return com.market25.ordering.OrderStatus.class.getClassLoader();
    }
}
