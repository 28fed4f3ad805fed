package com.market25.admin.payments;

import com.market25.admin.customer.FormErrors;
import com.market25.admin.i18n.Texts;
import com.market25.admin.staff.StaffSession;
import com.market25.common.InvalidInputException;
import com.market25.payment.CardCompany;
import com.market25.payment.GatewayForm;
import com.market25.payment.GatewayRegistry;
import com.market25.payment.GatewayView;
import com.market25.payment.InstallmentPlanForm;
import com.market25.payment.InstallmentPlanView;
import com.market25.payment.InstallmentPlans;
import com.market25.payment.PaymentMethod;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * 결제 대행사 · 할부 (PAY-01): the registered gateways (methods, preference, enabled, health) and
 * the card companies' installment plans. 운영자 edits; the other back-office roles look. The key
 * is only a reference (where the key file is); no secret is ever shown or asked for.
 */
@Named
@ViewScoped
public class GatewaysBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private GatewayRegistry registry;

    @EJB
    private InstallmentPlans installments;

    @Inject
    private StaffSession staff;

    private List<GatewayView> gateways = List.of();
    private List<InstallmentPlanView> plans = List.of();

    // the gateway form
    private Long gatewayId;
    private Integer gatewayVersion;
    private String name;
    private String endpointUrl;
    private String merchantId;
    private String keyReference;
    private Integer preference;
    private boolean enabled = true;
    private List<String> methods = new ArrayList<>();

    // the installment plan form
    private Long planId;
    private CardCompany company;
    private LocalDate validFrom;
    private LocalDate validTo;
    private String months;
    private String interestFreeMonths;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        gateways = registry.gateways();
        plans = installments.plans();
    }

    public void newGateway() {
        gatewayId = null;
        gatewayVersion = null;
        name = endpointUrl = merchantId = keyReference = null;
        preference = gateways.size() + 1;
        enabled = true;
        methods = new ArrayList<>(List.of(PaymentMethod.CARD.name()));
    }

    public void editGateway(GatewayView g) {
        gatewayId = g.id();
        gatewayVersion = g.version();
        name = g.name();
        endpointUrl = g.endpointUrl();
        merchantId = g.merchantId();
        keyReference = g.keyReference();
        preference = g.preference();
        enabled = g.enabled();
        methods = new ArrayList<>(g.methods().stream().map(Enum::name).toList());
    }

    public void saveGateway() {
        EnumSet<PaymentMethod> chosen = EnumSet.noneOf(PaymentMethod.class);
        methods.forEach(m -> chosen.add(PaymentMethod.valueOf(m)));
        try {
            registry.save(new GatewayForm(gatewayId, gatewayVersion, name, endpointUrl, merchantId, keyReference,
                    preference, enabled, chosen), staff.loginId());
            Texts.info(null, Texts.ui("gateways.saved", name));
            gatewayId = null;
            load();
        } catch (InvalidInputException e) {
            FormErrors.show(e, "gatewaysForm");
        }
    }

    public void toggle(GatewayView g) {
        registry.setEnabled(g.id(), !g.enabled(), staff.loginId());
        Texts.info(null, Texts.ui(g.enabled() ? "gateways.disabled" : "gateways.enabled", g.name()));
        load();
    }

    public void checkNow() {
        int checked = registry.checkNow();
        Texts.info(null, Texts.ui("gateways.checked", checked));
        load();
    }

    public void newPlan() {
        planId = null;
        company = null;
        validFrom = LocalDate.now();
        validTo = null;
        months = "2,3,4,5,6,7,8,9,10,11,12";
        interestFreeMonths = "";
    }

    public void editPlan(InstallmentPlanView p) {
        planId = p.id();
        company = p.company();
        validFrom = p.validFrom();
        validTo = p.validTo();
        months = p.monthsText();
        interestFreeMonths = p.interestFreeText();
    }

    public void savePlan() {
        try {
            installments.save(new InstallmentPlanForm(planId, company, validFrom, validTo, months, interestFreeMonths),
                    staff.loginId());
            Texts.info(null, Texts.ui("installments.saved"));
            planId = null;
            load();
        } catch (InvalidInputException e) {
            FormErrors.show(e, "plansForm");
        }
    }

    public void deletePlan(InstallmentPlanView p) {
        installments.delete(p.id());
        Texts.info(null, Texts.ui("installments.deleted"));
        load();
    }

    public String methodsText(GatewayView g) {
        return String.join(", ", g.methods().stream().map(m -> Texts.domain("paymentMethod." + m.name())).toList());
    }

    public PaymentMethod[] getAllMethods() {
        return PaymentMethod.values();
    }

    public CardCompany[] getCompanies() {
        return CardCompany.values();
    }

    public List<GatewayView> getGateways() {
        return gateways;
    }

    public List<InstallmentPlanView> getPlans() {
        return plans;
    }

    public Long getGatewayId() {
        return gatewayId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEndpointUrl() {
        return endpointUrl;
    }

    public void setEndpointUrl(String endpointUrl) {
        this.endpointUrl = endpointUrl;
    }

    public String getMerchantId() {
        return merchantId;
    }

    public void setMerchantId(String merchantId) {
        this.merchantId = merchantId;
    }

    public String getKeyReference() {
        return keyReference;
    }

    public void setKeyReference(String keyReference) {
        this.keyReference = keyReference;
    }

    public Integer getPreference() {
        return preference;
    }

    public void setPreference(Integer preference) {
        this.preference = preference;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public List<String> getMethods() {
        return methods;
    }

    public void setMethods(List<String> methods) {
        this.methods = methods;
    }

    public Long getPlanId() {
        return planId;
    }

    public CardCompany getCompany() {
        return company;
    }

    public void setCompany(CardCompany company) {
        this.company = company;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public String getMonths() {
        return months;
    }

    public void setMonths(String months) {
        this.months = months;
    }

    public String getInterestFreeMonths() {
        return interestFreeMonths;
    }

    public void setInterestFreeMonths(String interestFreeMonths) {
        this.interestFreeMonths = interestFreeMonths;
    }
}
