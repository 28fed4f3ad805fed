package com.market25.admin.inventory;

import com.market25.inventory.StockDesk;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The back-office home's stock card: how many levels are below their 적정재고 (INV-01). */
@Named
@RequestScoped
public class InventoryHomeBean {

    @EJB
    private StockDesk desk;

    private Long belowSafety;

    public long getBelowSafety() {
        if (belowSafety == null) {
            belowSafety = desk.belowSafetyCount();
        }
        return belowSafety;
    }
}
