package com.market25.admin.settlement;

import com.market25.admin.i18n.Texts;
import com.market25.admin.staff.StaffSession;
import com.market25.common.InvalidInputException;
import com.market25.settlement.ClosingLine;
import com.market25.settlement.PeriodClosing;
import com.market25.settlement.PeriodProgress;
import com.market25.settlement.PeriodStatus;
import com.market25.settlement.RunRecord;
import com.market25.settlement.RunStatus;
import com.market25.settlement.RunTrigger;
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

/**
 * 일일 마감/정산 (SET-04): run a day's settlement by hand and see what it closed. Only a day that
 * has ended in Korea can be run; the domain refuses today and later, and the refusal is shown.
 */
@Named
@ViewScoped
public class SettlementBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int RECENT = 20;

    @EJB
    private SettlementRun settlement;

    @EJB
    private PeriodClosing periods;

    @Inject
    private StaffSession staff;

    private LocalDate periodFrom;
    private LocalDate periodTo;
    private PeriodProgress period;

    private LocalDate day;
    private RunRecord lastRun;
    private List<ClosingLine> closing = List.of();
    private List<RunRecord> runs = List.of();

    @PostConstruct
    void init() {
        day = settlement.lastClosableDay();
        periodTo = day;
        periodFrom = day.withDayOfMonth(1);
        period = periods.recent(1).stream().findFirst().orElse(null);
        refresh();
    }

    /** 기간 마감 시작: the job runs in the background; the page polls {@link #pollPeriod}. */
    public void startPeriod() {
        try {
            period = periods.start(periodFrom, periodTo, staff.loginId());
            Texts.info(null, Texts.ui("period.started", period.daysTotal()));
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> Texts.error(field.equals("from") ? "settlementForm:periodFrom"
                    : field.equals("to") ? "settlementForm:periodTo" : null, Texts.domain(key)));
        }
    }

    public void cancelPeriod() {
        if (period != null && periods.cancel(period.id())) {
            Texts.info(null, Texts.ui("period.cancelRequested"));
        }
        pollPeriod();
    }

    public void pollPeriod() {
        if (period != null) {
            period = periods.progress(period.id()).orElse(null);
        }
        if (period != null && period.status() != PeriodStatus.RUNNING) {
            runs = settlement.recentRuns(RECENT);
        }
    }

    public boolean isPeriodRunning() {
        return period != null && period.status() == PeriodStatus.RUNNING;
    }

    public PeriodProgress getPeriod() {
        return period;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate periodFrom) {
        this.periodFrom = periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(LocalDate periodTo) {
        this.periodTo = periodTo;
    }

    public void run() {
        if (day == null) {
            Texts.error(null, Texts.domain("error.required"));
            return;
        }
        try {
            lastRun = settlement.runFor(day, staff.loginId());
        } catch (InvalidInputException e) {
            lastRun = null;
            e.fieldErrors().values().forEach(key -> Texts.error(null, Texts.domain(key)));
            refresh();
            return;
        }
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

    /** Whether the run changed the closing or settled bonus; the domain decides, not the screen. */
    public static boolean changed(RunRecord run) {
        return run.closingChanged();
    }

    /** The run's outcome in the staff member's language: 변경됨 / 변경 없음 / 건너뜀. */
    public String outcome(RunRecord run) {
        if (run.status() == RunStatus.SKIPPED) {
            return Texts.ui("settlement.skipped");
        }
        return Texts.ui(changed(run) ? "settlement.changed" : "settlement.noChange");
    }

    public String triggerLabel(RunTrigger trigger) {
        return trigger == null ? "" : Texts.ui("settlement.trigger." + trigger.name());
    }

    /** The newest day that may be closed (yesterday in Korea), for the page's hint. */
    public LocalDate getLastClosableDay() {
        return settlement.lastClosableDay();
    }

    public int getClosingCount() {
        return ClosingLine.orderCount(closing);
    }

    public BigDecimal getClosingAmount() {
        return ClosingLine.amount(closing);
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
