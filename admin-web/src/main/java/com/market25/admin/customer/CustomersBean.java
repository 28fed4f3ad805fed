package com.market25.admin.customer;

import com.market25.admin.i18n.Texts;
import com.market25.customer.CustomerDesk;
import com.market25.customer.CustomerOrigin;
import com.market25.customer.CustomerPage;
import com.market25.customer.CustomerQuery;
import com.market25.customer.CustomerRow;
import com.market25.customer.CustomerSort;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * 고객 관리 (MEM-01): one search box for name, phone in any format, e-mail, member number, card
 * number or imported id, an origin filter, and the list paged and sorted by the database.
 */
@Named
@ViewScoped
public class CustomersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CustomerDesk desk;

    private String q;
    private CustomerOrigin origin;
    private boolean includeErased;
    private CustomerQuery query = CustomerQuery.of(null);
    private final Customers customers = new Customers();

    public void search() {
        query = new CustomerQuery(q, origin, includeErased);
        customers.forget();
    }

    /** "12건" or "10,000건 이상" (MEM-01 keeps counts capped on a million customers). */
    public String getTotalText() {
        return customers.capped ? Texts.ui("customers.totalCapped", CustomerDesk.COUNT_CAP)
                : Texts.ui("customers.total", customers.total);
    }

    public class Customers extends LazyDataModel<CustomerRow> {

        private static final long serialVersionUID = 1L;

        private Integer total;
        private boolean capped;

        void forget() {
            total = null;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (total == null) {
                CustomerPage page = desk.search(query, null, 0, 1);
                total = page.total();
                capped = page.capped();
            }
            return total;
        }

        @Override
        public List<CustomerRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            CustomerPage page = desk.search(query, sort(sortBy), first, pageSize);
            total = page.total();
            capped = page.capped();
            setRowCount(total);
            return page.rows();
        }

        private CustomerSort sort(Map<String, SortMeta> sortBy) {
            for (SortMeta meta : sortBy.values()) {
                boolean descending = meta.getOrder() == SortOrder.DESCENDING;
                switch (meta.getField()) {
                    case "name":
                        return CustomerSort.NAME;
                    case "memberNo":
                        return CustomerSort.MEMBER_NO;
                    case "joinedAt":
                        return descending ? CustomerSort.NEWEST : CustomerSort.OLDEST;
                    default:
                        break;
                }
            }
            return null;
        }

        @Override
        public String getRowKey(CustomerRow row) {
            return String.valueOf(row.id());
        }
    }

    public Customers getCustomers() {
        return customers;
    }

    public CustomerOrigin[] getOrigins() {
        return CustomerOrigin.values();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public CustomerOrigin getOrigin() {
        return origin;
    }

    public void setOrigin(CustomerOrigin origin) {
        this.origin = origin;
    }

    public boolean isIncludeErased() {
        return includeErased;
    }

    public void setIncludeErased(boolean includeErased) {
        this.includeErased = includeErased;
    }
}
