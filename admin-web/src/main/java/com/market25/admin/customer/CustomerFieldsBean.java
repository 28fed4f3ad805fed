package com.market25.admin.customer;

import com.market25.admin.i18n.Texts;
import com.market25.common.InvalidInputException;
import com.market25.customer.CustomerDesk;
import com.market25.customer.FieldDefinition;
import com.market25.customer.FieldType;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** 사용자 정의 필드 (MEM-05): 운영자 defines the fields staff fill in on the customer page. */
@Named
@ViewScoped
public class CustomerFieldsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CustomerDesk desk;

    private List<FieldDefinition> fields = List.of();
    private String code;
    private String label;
    private FieldType type = FieldType.TEXT;
    private String options;

    @PostConstruct
    void init() {
        fields = desk.fields(false);
    }

    public void define() {
        try {
            FieldDefinition field = desk.defineField(code, label, type == null ? null : type.name(), options);
            Texts.info(null, Texts.ui("fields.defined", field.label()));
            code = null;
            label = null;
            options = null;
            init();
        } catch (InvalidInputException e) {
            FormErrors.show(e, "fieldForm");
        }
    }

    public void toggle(FieldDefinition field) {
        desk.setFieldActive(field.id(), !field.active());
        init();
    }

    public FieldType[] getTypes() {
        return FieldType.values();
    }

    public List<FieldDefinition> getFields() {
        return fields;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public FieldType getType() {
        return type;
    }

    public void setType(FieldType type) {
        this.type = type;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }
}
