package com.market25.payment;

import com.market25.common.InvalidInputException;
import com.market25.infrastructure.DeploymentMode;
import com.market25.payment.gateway.sim.DemoBank;
import com.market25.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * The simulated bank of the demo (demo mode only): sends a signed deposit notification for a
 * slip's virtual account through the same inbox the bank's posts go to, so staff can show an
 * exact, short, excess, duplicate or forged deposit. A real installation refuses to.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoBankDesk {

    /** What the simulated bank sends. */
    public enum Kind { EXACT, SHORT, EXCESS, DUPLICATE, FORGED }

    private static final BigDecimal DIFFERENCE = new BigDecimal("1000");

    @EJB
    private DepositInbox inbox;

    @EJB
    private BankTransferDesk bankTransfers;

    /**
     * @return what the inbox answered (for DUPLICATE: the second sending's answer)
     * @throws InvalidInputException {@code slipNo} / {@code error.demoOnly} outside demo mode,
     *         {@code error.orderUnknown} when the slip has no virtual account
     */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    public DepositInbox.Receipt send(String slipNo, Kind kind, String staffLogin) {
        if (!DeploymentMode.isDemo()) {
            throw InvalidInputException.of("slipNo", "error.demoOnly");
        }
        VirtualAccountView account = bankTransfers.virtualAccountOf(slipNo == null ? "" : slipNo.trim())
                .orElseThrow(() -> InvalidInputException.of("slipNo", "error.orderUnknown"));
        BigDecimal amount = switch (kind) {
            case SHORT -> account.amount().subtract(DIFFERENCE).max(BigDecimal.ONE);
            case EXCESS -> account.amount().add(DIFFERENCE);
            default -> account.amount();
        };
        String id = "DEMO-" + UUID.randomUUID();
        LocalDateTime at = LocalDateTime.now();
        DemoBank.SignedNotification n = kind == Kind.FORGED
                ? DemoBank.forged(id, account.accountNo(), amount, account.depositorName(), at)
                : DemoBank.notification(id, account.accountNo(), amount, account.depositorName(), at);
        String from = "demo bank (" + staffLogin + ")";
        DepositInbox.Receipt receipt = inbox.receive(n.body(), n.signature(), from);
        if (kind == Kind.DUPLICATE) {
            receipt = inbox.receive(n.body(), n.signature(), from);
        }
        return receipt;
    }

    /** Whether the demo bank can be used here (for the screen). */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.SETTLEMENT, Roles.READONLY})
    public boolean available() {
        return DeploymentMode.isDemo();
    }
}
