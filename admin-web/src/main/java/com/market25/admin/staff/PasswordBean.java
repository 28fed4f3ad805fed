package com.market25.admin.staff;

import com.market25.admin.i18n.Texts;
import com.market25.common.InvalidInputException;
import com.market25.staff.StaffDesk;
import com.market25.staff.StaffView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 비밀번호 변경: required at the first sign-in with a password someone else chose, open to every
 * staff member otherwise. After the change the staff member is signed in again with the new
 * password, so their roles apply at once.
 */
@Named
@RequestScoped
public class PasswordBean {

    @EJB
    private StaffDesk staffDesk;

    @Inject
    private StaffSession session;

    @Inject
    private StaffSignIn signIn;

    private String currentPassword;
    private String newPassword;
    private String newPasswordConfirm;

    public String change() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String loginId = session.loginId();
        try {
            staffDesk.changeOwnPassword(loginId, currentPassword, newPassword, newPasswordConfirm,
                    request.getRemoteAddr());
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> Texts.error("passwordForm:" + field, Texts.domain(key)));
            clear();
            ((HttpServletResponse) external.getResponse()).setStatus(422);
            return null;
        }
        AuthenticationStatus status;
        try {
            // the container re-authenticates only a caller it does not know yet
            request.logout();
            status = signIn.signIn(request, (HttpServletResponse) external.getResponse(), loginId, newPassword);
        } catch (jakarta.servlet.ServletException e) {
            status = AuthenticationStatus.SEND_FAILURE;
        }
        clear();
        StaffView renewed = signIn.staff();
        if (status == AuthenticationStatus.SEND_FAILURE || renewed == null) {
            return "/login.xhtml?faces-redirect=true";
        }
        session.signIn(renewed);
        external.getFlash().setKeepMessages(true);
        Texts.info(null, Texts.ui("password.changed"));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return null;
        }
        return session.home() + "?faces-redirect=true";
    }

    private void clear() {
        currentPassword = null;
        newPassword = null;
        newPasswordConfirm = null;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewPasswordConfirm() {
        return newPasswordConfirm;
    }

    public void setNewPasswordConfirm(String newPasswordConfirm) {
        this.newPasswordConfirm = newPasswordConfirm;
    }
}
