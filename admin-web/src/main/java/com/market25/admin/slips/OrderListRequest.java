package com.market25.admin.slips;

import com.market25.admin.i18n.Texts;
import com.market25.ordering.SlipField;
import com.market25.ordering.SortKey;
import com.market25.payment.PaymentField;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

/**
 * A print or export request of an order screen: which list ({@code view=slips|payments}), its
 * filter and sort as the screen sent them ({@link OrderFilterForm#query}), and the language.
 */
public record OrderListRequest(boolean payments, OrderFilterForm form, List<SortKey<SlipField>> slipSort,
        List<SortKey<PaymentField>> paymentSort, Locale locale) {

    /** @throws IllegalArgumentException for a parameter that is no value of its kind */
    static OrderListRequest of(HttpServletRequest request) {
        return of(request, "payments".equals(request.getParameter("view")));
    }

    /** @throws IllegalArgumentException for a parameter that is no value of its kind */
    public static OrderListRequest of(HttpServletRequest request, boolean payments) {
        OrderFilterForm form = OrderFilterForm.parse(request::getParameter);
        String sort = request.getParameter("sort");
        return new OrderListRequest(payments, form,
                payments ? List.of() : OrderFilterForm.sort(SlipField.class, sort),
                payments ? OrderFilterForm.sort(PaymentField.class, sort) : List.of(),
                Texts.supported(request.getParameter("lang")));
    }

    String titleKey() {
        return payments ? "paymentOrders.title" : "slips.title";
    }
}
