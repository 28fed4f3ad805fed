package com.market25.admin.phoneorder;

import com.market25.phoneorder.PhoneOrderDesk;
import com.market25.phoneorder.PhoneSlip;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** For the slip detail: what a phone order adds to its slip (logistics, pickup branch, payment choice). */
@Named
@RequestScoped
public class PhoneSlipBean {

    @EJB
    private PhoneOrderDesk desk;

    private final java.util.Map<String, java.util.Optional<PhoneSlip>> seen = new java.util.HashMap<>();

    /** Asked once per slip and request, however often the page refers to it. */
    public PhoneSlip of(String slipNo) {
        return slipNo == null ? null : seen.computeIfAbsent(slipNo, desk::phoneSlip).orElse(null);
    }
}
