package com.market25.admin.payments;

import com.market25.payment.BankTransferDesk;
import com.market25.payment.VirtualAccountView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The virtual account of a bank-transfer order, for the staff order detail (PAY-01). */
@Named
@RequestScoped
public class VirtualAccountBean {

    @EJB
    private BankTransferDesk bankTransfers;

    // the page asks once per field: one query per slip and request
    private final java.util.Map<String, java.util.Optional<VirtualAccountView>> asked = new java.util.HashMap<>();

    /** The slip's virtual account, or null when it has none. */
    public VirtualAccountView of(String slipNo) {
        if (slipNo == null) {
            return null;
        }
        return asked.computeIfAbsent(slipNo, bankTransfers::virtualAccountOf).orElse(null);
    }
}
