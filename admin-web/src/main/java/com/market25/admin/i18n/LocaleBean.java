package com.market25.admin.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;

/** ADM-06: the staff member's language, Korean first, kept for the session. */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Texts.KOREAN;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public boolean isKorean() {
        return Texts.KOREAN.getLanguage().equals(locale.getLanguage());
    }

    /** Switches language and reloads the page the staff member is on (GET, so nothing is resubmitted). */
    public void switchTo(String language) throws IOException {
        locale = Texts.supported(language);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        ExternalContext external = faces.getExternalContext();
        String viewId = faces.getViewRoot().getViewId();
        external.redirect(external.getRequestContextPath() + viewId);
    }
}
