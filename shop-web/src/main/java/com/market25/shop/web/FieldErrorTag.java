package com.market25.shop.web;

import jakarta.servlet.jsp.JspException;
import jakarta.servlet.jsp.PageContext;
import jakarta.servlet.jsp.tagext.TagSupport;

/** {@code <m:error>}: a form field's error in the visitor's language, if it has one. */
public class FieldErrorTag extends TagSupport {

    private String name;

    public void setName(String name) {
        this.name = name;
    }

    @Override
    public int doStartTag() throws JspException {
        StringBuilder html = new StringBuilder(120);
        append(html, pageContext, name, FormFieldTag.errorKey(pageContext, name));
        FormFieldTag.write(pageContext, html);
        return SKIP_BODY;
    }

    @Override
    public void release() {
        name = null;
        super.release();
    }

    static void append(StringBuilder html, PageContext page, String field, String errorKey) {
        if (errorKey != null) {
            html.append("<span class=\"error\" id=\"error-").append(Html.escape(field)).append("\" role=\"alert\">")
                    .append(FormFieldTag.domainMessage(page, errorKey)).append("</span>");
        }
    }
}
