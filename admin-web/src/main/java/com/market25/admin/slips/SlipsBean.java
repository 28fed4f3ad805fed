package com.market25.admin.slips;

import com.market25.admin.i18n.Texts;
import com.market25.admin.staff.StaffSession;
import com.market25.common.InvalidInputException;
import com.market25.ordering.BulkAction;
import com.market25.ordering.BulkOutcome;
import com.market25.ordering.CancelFilter;
import com.market25.ordering.Channel;
import com.market25.ordering.OrderStatus;
import com.market25.ordering.SlipBulk;
import com.market25.ordering.SlipField;
import com.market25.ordering.SlipRow;
import com.market25.ordering.SlipSearch;
import com.market25.ordering.SlipTotals;
import com.market25.ordering.SortKey;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 전표별 주문관리 (SET-03): one row per slip, paged and sorted by the database, the period totals
 * over every matching slip, bulk 취소 / 배송지시 / 배송완료 / 주문완료 of the selected slips with a
 * result line per slip, print and Excel export of the same filter. The slip number opens the staff
 * order detail ({@code order.xhtml}).
 */
@Named
@ViewScoped
public class SlipsBean extends OrderScreen<SlipRow, SlipField> {

    private static final long serialVersionUID = 1L;

    private static final Map<String, SlipField> FIELDS = Map.of("slipNo", SlipField.SLIP_NO, "status", SlipField.STATUS,
            "orderedAt", SlipField.ORDERED_AT, "paidAt", SlipField.PAID_AT, "completedAt", SlipField.COMPLETED_AT,
            "staffLogin", SlipField.STAFF, "branchCode", SlipField.BRANCH, "channel", SlipField.CHANNEL,
            "totalAmount", SlipField.TOTAL, "memberName", SlipField.MEMBER_NAME);

    @EJB
    private SlipSearch search;

    @EJB
    private SlipBulk bulk;

    @Inject
    private StaffSession staff;

    private SlipTotals totals = new SlipTotals(0, 0, java.math.BigDecimal.ZERO);
    private List<SlipRow> selected = new ArrayList<>();
    private List<BulkOutcome> report = List.of();
    private BulkAction reportAction;

    @PostConstruct
    void init() {
        apply();
    }

    @Override
    protected SlipField field(String property) {
        return FIELDS.get(property);
    }

    @Override
    protected void loadTotals() {
        totals = search.totals(form.slipFilter());
        selected = new ArrayList<>();
    }

    @Override
    protected long totalCount() {
        return totals.count();
    }

    @Override
    protected List<SlipRow> page(List<SortKey<SlipField>> keys, int first, int size) {
        return search.page(form.slipFilter(), keys, first, size);
    }

    @Override
    protected String rowKey(SlipRow row) {
        return row.slipNo();
    }

    /** Runs a bulk action on the selected slips; the report says per slip what happened and why not. */
    public void bulk(BulkAction action) {
        try {
            report = bulk.apply(selected.stream().map(SlipRow::slipNo).toList(), action, staff.loginId());
            reportAction = action;
            long done = report.stream().filter(BulkOutcome::done).count();
            Texts.info(null, Texts.ui("slips.bulk.summary", Texts.domain(action.labelKey()), done, report.size() - done));
            selected = new ArrayList<>();
            apply();
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> Texts.error(null, Texts.domain(key, e.arguments(field))));
        }
    }

    /** The reason of a refused line in the staff member's language. */
    public String reason(BulkOutcome outcome) {
        return outcome.reasonKey() == null ? "" : Texts.domain(outcome.reasonKey());
    }

    public SlipTotals getTotals() {
        return totals;
    }

    public List<SlipRow> getSelected() {
        return selected;
    }

    public void setSelected(List<SlipRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public List<BulkOutcome> getReport() {
        return report;
    }

    public BulkAction getReportAction() {
        return reportAction;
    }

    public BulkAction[] getBulkActions() {
        return BulkAction.values();
    }

    public OrderStatus[] getStatuses() {
        return OrderStatus.values();
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public CancelFilter[] getCancelFilters() {
        return CancelFilter.values();
    }
}
