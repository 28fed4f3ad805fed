package com.market25.campaign.channel;

import com.market25.campaign.AdvertisingMail;

/** Renders a saved template for one customer's {@link MergeData} (MKT-05); pure, no database. */
public final class TemplateRendering {

    private TemplateRendering() {
    }

    /**
     * @param coupons the installation's coupon codes; may be null when the template uses no coupon
     */
    public static RenderedMessage render(TemplateView template, MergeData data, CouponCodes coupons) {
        if (template.fields().contains(MergeField.COUPON) && coupons == null) {
            throw new CouponCodes.NotConfiguredException();
        }
        java.util.function.Function<MergeField, String> values = f -> data.value(f, coupons, template.id());
        String text = TemplateText.parse(template.textBody()).render(values);
        String subject = template.subject() == null ? null : TemplateText.parse(template.subject()).render(values);
        String html = null;
        if (template.channel() == MessageChannel.EMAIL) {
            subject = AdvertisingMail.subject(subject);
            html = template.htmlBody() != null
                    // the template's markup stays markup; the customer's values are escaped
                    ? TemplateText.parse(template.htmlBody()).render(values, AdvertisingMail::escape)
                    : textAsHtml(text);
        }
        return new RenderedMessage(data.customerId(), template.channel(), subject, html, text);
    }

    /** A text part as HTML: escaped, line breaks kept. */
    static String textAsHtml(String text) {
        return "<div>" + AdvertisingMail.escape(text).replace("\n", "<br>\n") + "</div>";
    }
}
