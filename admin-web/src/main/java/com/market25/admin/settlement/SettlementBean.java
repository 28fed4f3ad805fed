package com.market25.admin.settlement;

import com.market25.admin.i18n.Texts;
import com.market25.admin.staff.StaffSession;
import com.market25.settlement.ClosingLine;
import com.market25.settlement.RunRecord;
import com.market25.settlement.SettlementRun;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** 일일 마감/정산 (SET-04): run a day's settlement by hand and see what it closed. */
@Named
@ViewScoped
public class SettlementBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int RECENT = 20;

    @EJB
    private SettlementRun settlement;

    @Inject
    private StaffSession staff;

    private LocalDate day = LocalDate.now();
    private RunRecord lastRun;
    private List<ClosingLine> closing = List.of();
    private List<RunRecord> runs = List.of();

    @PostConstruct
    void init() {
        refresh();
    }

    public void run() {
        if (day == null) {
            Texts.error(null, Texts.domain("error.required"));
            return;
        }
        lastRun = settlement.runFor(day, staff.loginId());
        if (changed(lastRun)) {
            Texts.info(null, Texts.ui("settlement.done", Texts.ui("settlement.changed")));
        } else {
            Texts.info(null, Texts.ui("settlement.done", Texts.ui("settlement.noChange")));
        }
        refresh();
    }

    /** Shows the closing of the chosen day without running anything. */
    public void refresh() {
        closing = day == null ? List.of() : settlement.closing(day);
        runs = settlement.recentRuns(RECENT);
    }

    /** A run that left the closing as it was (closing_changed = false, message "no change"). */
    public static boolean changed(RunRecord run) {
        return run.closingChanged() && !"no change".equalsIgnoreCase(run.message());
    }

    /** The run's outcome in the staff member's language: 변경됨 / 변경 없음 / the server's note. */
    public String outcome(RunRecord run) {
        if (changed(run)) {
            return Texts.ui("settlement.changed");
        }
        if (run.message() == null || "no change".equalsIgnoreCase(run.message())) {
            return Texts.ui("settlement.noChange");
        }
        return Texts.ui("settlement.noChange") + " (" + run.message() + ")";
    }

    public String triggerLabel(String trigger) {
        return trigger == null ? "" : Texts.ui("settlement.trigger." + trigger);
    }

    public int getClosingCount() {
        return closing.stream().mapToInt(ClosingLine::orderCount).sum();
    }

    public BigDecimal getClosingAmount() {
        return closing.stream().map(ClosingLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public RunRecord getLastRun() {
        return lastRun;
    }

    public List<ClosingLine> getClosing() {
        return closing;
    }

    public List<RunRecord> getRuns() {
        return runs;
    }
}
