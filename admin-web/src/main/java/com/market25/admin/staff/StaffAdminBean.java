package com.market25.admin.staff;

import com.market25.admin.i18n.Texts;
import com.market25.audit.AuditLine;
import com.market25.audit.AuditTarget;
import com.market25.audit.AuditTrail;
import com.market25.common.InvalidInputException;
import com.market25.member.MemberDesk;
import com.market25.signin.LockedAccount;
import com.market25.staff.StaffAccount;
import com.market25.staff.StaffDesk;
import com.market25.staff.StaffRole;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * 직원·권한 관리 (ADM-02, ADM-04): staff accounts and their roles, temporary passwords, locked
 * staff and member accounts, and the audit log. Changes are for 운영자; 조회전용 may look.
 */
@Named
@ViewScoped
public class StaffAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StaffDesk staffDesk;

    @EJB
    private MemberDesk memberDesk;

    @EJB
    private AuditTrail auditTrail;

    @Inject
    private StaffSession session;

    private List<StaffAccount> accounts = List.of();
    private List<LockedAccount> lockedMembers = List.of();
    private StaffAccount selected;
    private List<String> selectedRoles = new ArrayList<>();
    private String temporaryPassword;

    private String newLoginId;
    private String newName;
    private String newBranchCode = "0040";
    private List<String> newRoles = new ArrayList<>();
    private String newPassword;

    private AuditTarget auditTarget;
    private String auditTargetId;
    private final AuditLog auditLog = new AuditLog();

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        accounts = staffDesk.accounts();
        lockedMembers = memberDesk.lockedMembers();
        if (selected != null) {
            String login = selected.loginId();
            selected = accounts.stream().filter(a -> a.loginId().equals(login)).findFirst().orElse(null);
        }
    }

    public void select(StaffAccount account) {
        selected = account;
        selectedRoles = new ArrayList<>(account.roles().stream().map(Enum::name).toList());
        temporaryPassword = null;
    }

    public void create() {
        act(() -> staffDesk.create(newLoginId, newName, newBranchCode, roles(newRoles), newPassword,
                session.loginId()), "staff.created", "newStaff");
        if (!Texts.hasErrors()) {
            newLoginId = null;
            newName = null;
            newRoles = new ArrayList<>();
        }
        newPassword = null;
    }

    public void saveRoles() {
        act(() -> staffDesk.changeRoles(selected.loginId(), roles(selectedRoles), session.loginId()),
                "staff.rolesSaved", "detail");
    }

    public void resetPassword() {
        act(() -> staffDesk.resetPassword(selected.loginId(), temporaryPassword, session.loginId()),
                "staff.passwordReset", "detail");
        temporaryPassword = null;
    }

    public void toggleActive() {
        act(() -> staffDesk.setActive(selected.loginId(), !selected.active(), session.loginId()),
                selected.active() ? "staff.deactivated" : "staff.activated", "detail");
    }

    public void unlockStaff() {
        act(() -> staffDesk.unlock(selected.loginId(), session.loginId()), "staff.unlocked", "detail");
    }

    public void unlockMember(String loginId) {
        act(() -> {
            memberDesk.unlock(loginId, session.loginId());
            return null;
        }, "staff.unlocked", null);
    }

    private void act(java.util.function.Supplier<Object> change, String doneKey, String formPrefix) {
        try {
            change.get();
            Texts.info(null, Texts.ui(doneKey));
        } catch (InvalidInputException e) {
            for (Map.Entry<String, String> error : e.fieldErrors().entrySet()) {
                Texts.error(null, Texts.ui("staff.field." + error.getKey()) + ": " + Texts.domain(error.getValue()));
            }
        }
        load();
    }

    // multiple-choice inputs hand over names: generic lists lose the enum type
    private static Set<StaffRole> roles(List<String> picked) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        if (picked != null) {
            for (String name : picked) {
                roles.add(StaffRole.valueOf(name));
            }
        }
        return roles;
    }

    public StaffRole[] getAllRoles() {
        return StaffRole.values();
    }

    public AuditTarget[] getAuditTargets() {
        return AuditTarget.values();
    }

    public void filterAudit() {
        // the lazy model reads the filter on its next load
    }

    /** The audit log, newest first, a page at a time from the database. */
    public class AuditLog extends LazyDataModel<AuditLine> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, auditTrail.count(auditTarget, auditTargetId));
        }

        @Override
        public List<AuditLine> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return auditTrail.page(auditTarget, auditTargetId, first, pageSize);
        }

        @Override
        public String getRowKey(AuditLine line) {
            return String.valueOf(line.id());
        }

        @Override
        public AuditLine getRowData(String rowKey) {
            return null;
        }
    }

    public List<StaffAccount> getAccounts() {
        return accounts;
    }

    public List<LockedAccount> getLockedMembers() {
        return lockedMembers;
    }

    public StaffAccount getSelected() {
        return selected;
    }

    public List<String> getSelectedRoles() {
        return selectedRoles;
    }

    public void setSelectedRoles(List<String> selectedRoles) {
        this.selectedRoles = selectedRoles;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public void setTemporaryPassword(String temporaryPassword) {
        this.temporaryPassword = temporaryPassword;
    }

    public String getNewLoginId() {
        return newLoginId;
    }

    public void setNewLoginId(String newLoginId) {
        this.newLoginId = newLoginId;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewBranchCode() {
        return newBranchCode;
    }

    public void setNewBranchCode(String newBranchCode) {
        this.newBranchCode = newBranchCode;
    }

    public List<String> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<String> newRoles) {
        this.newRoles = newRoles;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public AuditTarget getAuditTarget() {
        return auditTarget;
    }

    public void setAuditTarget(AuditTarget auditTarget) {
        this.auditTarget = auditTarget;
    }

    public String getAuditTargetId() {
        return auditTargetId;
    }

    public void setAuditTargetId(String auditTargetId) {
        this.auditTargetId = auditTargetId;
    }

    public AuditLog getAuditLog() {
        return auditLog;
    }
}
