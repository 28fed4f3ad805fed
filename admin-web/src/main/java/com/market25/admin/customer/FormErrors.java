package com.market25.admin.customer;

import com.market25.admin.i18n.Texts;
import com.market25.common.InvalidInputException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;

/** Puts a boundary's field errors next to their inputs (id = field name in the form), the rest on top. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void show(InvalidInputException e, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIComponent form = faces.getViewRoot().findComponent(formId);
        e.fieldErrors().forEach((field, key) -> {
            String message = Texts.domain(key, e.arguments(field));
            UIComponent input = form == null ? null : form.findComponent(field.replace('.', '_'));
            if (input != null) {
                Texts.error(input.getClientId(faces), message);
            } else {
                Texts.error(null, message);
            }
        });
    }
}
