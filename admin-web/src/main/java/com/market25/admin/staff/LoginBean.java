package com.market25.admin.staff;

import com.market25.admin.i18n.Texts;
import com.market25.signin.SignInOutcome;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 로그인 / 로그아웃. A refused sign-in keeps the typed login id and answers 401 with the same
 * message for an unknown id and a wrong password; a locked account or a throttled address says so.
 */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    private StaffSignIn signIn;

    @Inject
    private StaffSession session;

    private String loginId;
    private String password;

    public String signIn() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = signIn.signIn(request, response, loginId, password);
        password = null;
        if (status == AuthenticationStatus.SEND_FAILURE || signIn.staff() == null) {
            SignInOutcome outcome = signIn.outcome();
            Texts.error(null, Texts.domain(outcome.messageKey()));
            response.setStatus(outcome == SignInOutcome.THROTTLED ? 429 : HttpServletResponse.SC_UNAUTHORIZED);
            return null;
        }
        // a new session id once signed in: a session id planted before is worthless
        request.changeSessionId();
        session.signIn(signIn.staff());
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            // the container sends the browser on to the page that was asked for before sign-in
            faces.responseComplete();
            return null;
        }
        return session.home() + "?faces-redirect=true";
    }

    public String signOut() throws ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
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
