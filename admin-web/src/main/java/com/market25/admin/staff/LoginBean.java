package com.market25.admin.staff;

import com.market25.admin.i18n.Texts;
import com.market25.staff.StaffDesk;
import com.market25.staff.StaffView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** 로그인 / 로그아웃. A wrong password keeps the typed login id and says {@code error.login}. */
@Named
@RequestScoped
public class LoginBean {

    @EJB
    private StaffDesk staffDesk;

    @Inject
    private StaffSession session;

    private String loginId;
    private String password;

    public String signIn() {
        Optional<StaffView> staff = staffDesk.authenticate(loginId, password);
        password = null;
        if (staff.isEmpty()) {
            Texts.error(null, Texts.domain("error.login"));
            return null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        // a new session id once signed in: a session id planted before login is worthless
        ((HttpServletRequest) external.getRequest()).changeSessionId();
        session.signIn(staff.get());
        return "/slips.xhtml?faces-redirect=true";
    }

    public String signOut() {
        FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
        return "/login.xhtml?faces-redirect=true";
    }

    public String getLoginId() {
        return loginId;
    }

    public void setLoginId(String loginId) {
        this.loginId = loginId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
