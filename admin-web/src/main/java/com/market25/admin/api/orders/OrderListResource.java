package com.market25.admin.api.orders;

import com.market25.admin.api.Problem;
import com.market25.admin.slips.OrderListRequest;
import com.market25.admin.slips.OrderWorkbook;
import com.market25.ordering.SlipRow;
import com.market25.ordering.SlipSearch;
import com.market25.ordering.SlipTotals;
import com.market25.payment.PaymentRow;
import com.market25.payment.PaymentSearch;
import com.market25.payment.PaymentTotals;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDateTime;

/**
 * 전표별 / 결제별 주문관리 over the API (SET-03), with the screens' filter parameters ({@code from},
 * {@code to}, {@code status}, {@code branch}, {@code channel}, {@code cancel}, {@code member},
 * {@code method}, {@code paymentStatus}, {@code sort=TOTAL:desc,MEMBER_NAME:asc}):
 * {@code GET /admin/api/orders/slips?first=0&size=20} a page, {@code …/slips/totals} count and
 * period total over every matching slip, {@code …/slips/export} the Excel file of all of them;
 * the same under {@code …/orders/payments}. Roles: the boundaries' (주문관리, 운영자, 조회전용).
 */
@Path("orders/{view: slips|payments}")
@Produces(MediaType.APPLICATION_JSON)
public class OrderListResource {

    @EJB
    private SlipSearch slips;

    @EJB
    private PaymentSearch payments;

    @Context
    private HttpServletRequest request;

    @GET
    public Response page(@PathParam("view") String view, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("20") int size) {
        OrderListRequest list = parse(view);
        if (list == null) {
            return badRequest();
        }
        JsonArrayBuilder rows = Json.createArrayBuilder();
        if (list.payments()) {
            payments.page(list.form().paymentFilter(), list.paymentSort(), first, size).forEach(r -> rows.add(json(r)));
        } else {
            slips.page(list.form().slipFilter(), list.slipSort(), first, size).forEach(r -> rows.add(json(r)));
        }
        return Response.ok(Json.createObjectBuilder().add("rows", rows).build().toString()).build();
    }

    @GET
    @Path("totals")
    public Response totals(@PathParam("view") String view) {
        OrderListRequest list = parse(view);
        if (list == null) {
            return badRequest();
        }
        if (list.payments()) {
            PaymentTotals t = payments.totals(list.form().paymentFilter());
            return Response.ok(Json.createObjectBuilder().add("count", t.count()).add("approvedCount", t.approvedCount())
                    .add("approvedTotal", t.approvedTotal()).build().toString()).build();
        }
        SlipTotals t = slips.totals(list.form().slipFilter());
        return Response.ok(Json.createObjectBuilder().add("count", t.count()).add("sellingCount", t.sellingCount())
                .add("periodTotal", t.periodTotal()).add("perSlip", t.perSlip()).build().toString()).build();
    }

    @GET
    @Path("export")
    @Produces(OrderWorkbook.TYPE)
    public Response export(@PathParam("view") String view) {
        OrderListRequest list = parse(view);
        if (list == null) {
            return badRequest();
        }
        // the filter is checked before the first byte goes out, so a bad one is a 422, not a broken file
        if (list.payments()) {
            list.form().paymentFilter().checked();
        } else {
            list.form().slipFilter().checked();
        }
        StreamingOutput body = out -> OrderWorkbook.write(list, slips, payments, out);
        return Response.ok(body, OrderWorkbook.TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + view + ".xlsx\"").build();
    }

    private OrderListRequest parse(String view) {
        try {
            return OrderListRequest.of(request, "payments".equals(view));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Response badRequest() {
        return Problem.of(Response.Status.BAD_REQUEST, Problem.domainText(null, "error.api.invalid"));
    }

    private static JsonObjectBuilder json(SlipRow r) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("slipNo", r.slipNo()).add("status", r.status().name())
                .add("staff", r.staffLogin()).add("branch", r.branchCode()).add("channel", r.channel().name())
                .add("total", r.totalAmount()).add("memberNo", r.memberNo()).add("memberName", r.memberName());
        time(o, "orderedAt", r.orderedAt());
        time(o, "paidAt", r.paidAt());
        time(o, "completedAt", r.completedAt());
        return o;
    }

    private static JsonObjectBuilder json(PaymentRow r) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("paymentId", r.paymentId()).add("payer", r.payerName())
                .add("method", r.method().name()).add("amount", r.amount()).add("status", r.status().name())
                .add("slipNo", r.slipNo()).add("orderStatus", r.orderStatus().name()).add("branch", r.branchCode())
                .add("memberNo", r.memberNo()).add("memberName", r.memberName());
        if (r.cardCompany() != null) {
            o.add("cardCompany", r.cardCompany().name());
        }
        if (r.maskedCardNo() != null) {
            o.add("maskedCardNo", r.maskedCardNo());
        }
        if (r.installmentMonths() != null) {
            o.add("installmentMonths", r.installmentMonths());
        }
        if (r.approvalNo() != null) {
            o.add("approvalNo", r.approvalNo());
        }
        time(o, "paidAt", r.completedAt());
        time(o, "orderedAt", r.orderedAt());
        return o;
    }

    private static void time(JsonObjectBuilder o, String name, LocalDateTime t) {
        if (t != null) {
            o.add(name, t.toString());
        }
    }
}
