package com.market25.admin.slips;

import com.market25.admin.i18n.Texts;
import com.market25.common.InvalidInputException;
import com.market25.ordering.PeriodShortcut;
import com.market25.ordering.SortKey;
import com.market25.ordering.SortRules;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jakarta.faces.event.AjaxBehaviorEvent;
import org.primefaces.component.api.UITable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * What 전표별 and 결제별 주문관리 share (SET-03): the filter with its period shortcuts, the
 * table's multi-sort (ctrl/⌘-click on headers) turned into at most four domain sort keys, the
 * page loaded by the database, and the totals of ALL matching rows, asked once per search.
 *
 * @param <R> a row of the list
 * @param <F> the sortable columns
 */
public abstract class OrderScreen<R, F extends Enum<F>> implements Serializable {

    private static final long serialVersionUID = 1L;

    protected final OrderFilterForm form = new OrderFilterForm();
    /** The filter as query parameters, as last applied (print and export show what the list shows). */
    private String appliedQuery = "";
    private List<SortKey<F>> sort = List.of();
    private boolean applied;
    private final Rows rows = new Rows();

    /** The sort key of a column, by the property its {@code sortBy} names. */
    protected abstract F field(String property);

    /** Asks the domain for the totals of the form's filter and keeps them; refuses a bad filter. */
    protected abstract void loadTotals();

    protected abstract long totalCount();

    protected abstract List<R> page(List<SortKey<F>> keys, int first, int size);

    protected abstract String rowKey(R row);

    protected void apply() {
        try {
            loadTotals();
            appliedQuery = form.query(List.of());
            applied = true;
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> Texts.error(null, Texts.domain(key, e.arguments(field))));
            applied = false;
        }
    }

    public void search() {
        form.typed(LocalDate.now());
        apply();
    }

    public void shortcut(PeriodShortcut which) {
        form.shortcut(which, LocalDate.now());
        apply();
    }

    public OrderFilterForm getForm() {
        return form;
    }

    public Rows getRows() {
        return rows;
    }

    public PeriodShortcut[] getShortcuts() {
        return PeriodShortcut.values();
    }

    /** The sort keys in force, first key first (shown under the list). */
    public List<SortKey<F>> getSort() {
        return sort;
    }

    /** Filter and sort as query parameters of the print page and the Excel export. */
    public String getQuery() {
        String keys = sort.stream().map(k -> k.field().name() + (k.descending() ? ":desc" : ":asc"))
                .collect(Collectors.joining(","));
        return appliedQuery + (keys.isEmpty() ? "" : "&sort=" + keys) + "&lang=" + Texts.current().getLanguage();
    }

    /**
     * The table's sort event, before the page is read: a fifth key is refused here with the
     * domain's message (the page then keeps the four keys it had).
     */
    public void onSort(AjaxBehaviorEvent event) {
        if (event.getComponent() instanceof UITable<?> table) {
            long keys = table.getActiveSortMeta().values().stream().filter(m -> m.getOrder() != SortOrder.UNSORTED).count();
            if (keys > SortRules.MAX_KEYS) {
                Texts.error(null, Texts.domain("error.sort.tooMany", SortRules.MAX_KEYS));
            }
        }
    }

    public boolean isApplied() {
        return applied;
    }

    /** The page of the list, read from the database in the sort the table asks for. */
    public class Rows extends LazyDataModel<R> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return applied ? (int) Math.min(Integer.MAX_VALUE, totalCount()) : 0;
        }

        @Override
        public List<R> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            if (!applied) {
                setRowCount(0);
                return List.of();
            }
            List<SortKey<F>> asked = sortBy.values().stream()
                    .filter(m -> m.getOrder() != SortOrder.UNSORTED)
                    .sorted(Comparator.comparingInt(SortMeta::getPriority))
                    .map(m -> new SortKey<>(field(m.getField()), m.getOrder() == SortOrder.DESCENDING))
                    .filter(k -> k.field() != null)
                    .toList();
            try {
                sort = SortRules.check(asked);
            } catch (InvalidInputException e) {
                // a fifth key is refused (onSort said why): the list keeps the four it had
            }
            setRowCount((int) Math.min(Integer.MAX_VALUE, totalCount()));
            return page(sort, first, pageSize);
        }

        @Override
        public String getRowKey(R row) {
            return rowKey(row);
        }

        /** A ticked row of the page shown (selection keeps to the page). */
        @Override
        @SuppressWarnings("unchecked")
        public R getRowData(String key) {
            Object page = getWrappedData();
            if (page instanceof List<?> rows) {
                for (Object row : rows) {
                    if (rowKey((R) row).equals(key)) {
                        return (R) row;
                    }
                }
            }
            return null;
        }
    }
}
