package com.market25.shop.web;

import jakarta.servlet.jsp.JspException;
import jakarta.servlet.jsp.JspWriter;
import jakarta.servlet.jsp.PageContext;
import jakarta.servlet.jsp.jstl.fmt.LocaleSupport;
import jakarta.servlet.jsp.jstl.fmt.LocalizationContext;
import jakarta.servlet.jsp.tagext.TagSupport;
import java.io.IOException;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * {@code <m:field>}: a labelled input of a storefront form with what was typed (never a password)
 * and its error. A classic tag, which the JSP container pools, instead of a tag file: Payara
 * creates every tag-file handler anew through CDI, and the checkout and join forms used twenty of
 * them per page (docs/performance.md).
 */
public class FormFieldTag extends TagSupport {

    private String name;
    private String label;
    private String type;
    private String maxlength;
    private String placeholder;
    private String autocomplete;

    public void setName(String name) {
        this.name = name;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public void setType(String type) {
        this.type = type;
    }

    public void setMaxlength(String maxlength) {
        this.maxlength = maxlength;
    }

    public void setPlaceholder(String placeholder) {
        this.placeholder = placeholder;
    }

    public void setAutocomplete(String autocomplete) {
        this.autocomplete = autocomplete;
    }

    @Override
    public int doStartTag() throws JspException {
        String error = errorKey(pageContext, name);
        String inputType = type == null || type.isEmpty() ? "text" : type;
        Object typed = "password".equals(inputType) ? null : valueOf(pageContext.getRequest().getAttribute("form"), name);
        StringBuilder html = new StringBuilder(400);
        html.append("<div class=\"field").append(error == null ? "" : " invalid").append("\">\n  <label for=\"")
                .append(Html.escape(name)).append("\">").append(LocaleSupport.getLocalizedMessage(pageContext, label))
                .append("</label>\n  <input id=\"").append(Html.escape(name)).append("\" name=\"").append(Html.escape(name))
                .append("\" type=\"").append(Html.escape(inputType)).append("\" value=\"")
                .append(typed == null ? "" : Html.escape(typed.toString())).append('"');
        attribute(html, "maxlength", maxlength);
        attribute(html, "placeholder", placeholder);
        attribute(html, "autocomplete", autocomplete);
        if (error != null) {
            html.append(" aria-invalid=\"true\" aria-describedby=\"error-").append(Html.escape(name)).append('"');
        }
        html.append('>');
        if (error != null) {
            html.append("\n  ");
            FieldErrorTag.append(html, pageContext, name, error);
        }
        html.append("\n</div>");
        write(pageContext, html);
        return SKIP_BODY;
    }

    @Override
    public void release() {
        name = label = type = maxlength = placeholder = autocomplete = null;
        super.release();
    }

    private static void attribute(StringBuilder html, String attribute, String value) {
        if (value != null && !value.isEmpty()) {
            html.append(' ').append(attribute).append("=\"").append(Html.escape(value)).append('"');
        }
    }

    static String errorKey(PageContext page, String field) {
        Object key = valueOf(page.getRequest().getAttribute("errors"), field);
        return key == null || key.toString().isEmpty() ? null : key.toString();
    }

    private static Object valueOf(Object map, String key) {
        return map instanceof Map<?, ?> values ? values.get(key) : null;
    }

    /** The domain's message for a key, from the bundle the page header set as {@code dm}. */
    static String domainMessage(PageContext page, String key) {
        if (page.findAttribute("dm") instanceof LocalizationContext messages && messages.getResourceBundle() != null) {
            try {
                return messages.getResourceBundle().getString(key);
            } catch (MissingResourceException e) {
                // shown like <fmt:message> shows a missing key
            }
        }
        return "???" + key + "???";
    }

    static void write(PageContext page, CharSequence html) throws JspException {
        JspWriter out = page.getOut();
        try {
            out.append(html);
        } catch (IOException e) {
            throw new JspException(e);
        }
    }
}
