package com.market25.notification;

import java.util.regex.Pattern;

/**
 * The text of an order mail (ORD-04): Korean first with an English line under it (the shop stores
 * no language per member), the slip number and a link to the order page. Transactional, so no
 * "(광고)" and no unsubscribe link.
 */
public final class OrderMail {

    private static final Pattern USABLE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public record Content(String subject, String text, String html) {
    }

    private OrderMail() {
    }

    /** Whether a mail can go to this address at all. */
    public static boolean usableAddress(String address) {
        return address != null && address.trim().length() <= 120 && USABLE.matcher(address.trim()).matches();
    }

    public static Content compose(NotificationKind kind, String shopName, String customerName, String slipNo,
            String orderUrl, String detail) {
        String ko = switch (kind) {
            case ORDER_RECEIVED -> "주문이 접수되었습니다";
            case PAYMENT_COMPLETED -> "결제가 완료되었습니다";
            case DELIVERY_INSTRUCTED -> "배송 준비를 시작했습니다";
            case SHIPPED -> "상품이 발송되었습니다";
            case DELIVERED -> "배송이 완료되었습니다";
            case ORDER_CANCELLED -> "주문이 취소되었습니다";
            case REFUNDED -> "환불이 완료되었습니다";
        };
        String en = switch (kind) {
            case ORDER_RECEIVED -> "Your order has been received";
            case PAYMENT_COMPLETED -> "Your payment is complete";
            case DELIVERY_INSTRUCTED -> "Your order is being prepared for shipping";
            case SHIPPED -> "Your order has been shipped";
            case DELIVERED -> "Your order has been delivered";
            case ORDER_CANCELLED -> "Your order has been cancelled";
            case REFUNDED -> "Your refund is complete";
        };
        String detailLabel = kind == NotificationKind.REFUNDED ? "환불 정보: " : "배송 정보: ";
        String subject = "[" + shopName + "] " + ko + " (주문번호 " + slipNo + ")";
        String name = customerName == null || customerName.isBlank() ? "고객" : customerName.trim();
        StringBuilder text = new StringBuilder()
                .append(name).append("님, ").append(ko).append(".\n")
                .append("주문번호: ").append(slipNo).append('\n');
        if (detail != null && !detail.isBlank()) {
            text.append(detailLabel).append(detail.trim()).append('\n');
        }
        if (kind == NotificationKind.ORDER_RECEIVED) {
            text.append("결제 전이라면 주문 페이지에서 결제해 주세요.\n");
        }
        text.append("주문 확인: ").append(orderUrl).append("\n\n")
                .append(en).append(" (order ").append(slipNo).append("): ").append(orderUrl).append('\n');
        String html = "<!DOCTYPE html><html lang=\"ko\"><body><p>" + esc(name) + "님, " + esc(ko) + ".</p>"
                + "<p>주문번호: <strong>" + esc(slipNo) + "</strong></p>"
                + (detail == null || detail.isBlank() ? "" : "<p>" + esc(detailLabel) + esc(detail.trim()) + "</p>")
                + (kind == NotificationKind.ORDER_RECEIVED ? "<p>결제 전이라면 주문 페이지에서 결제해 주세요.</p>" : "")
                + "<p><a href=\"" + esc(orderUrl) + "\">주문 확인하기</a></p>"
                + "<p lang=\"en\">" + esc(en) + " (order " + esc(slipNo) + "). <a href=\"" + esc(orderUrl)
                + "\">View your order</a></p></body></html>";
        return new Content(subject, text.toString(), html);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
