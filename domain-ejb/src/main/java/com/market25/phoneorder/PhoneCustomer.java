package com.market25.phoneorder;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The customer on the phone as staff see them while taking the order: contacts, the home and
 * work addresses a parcel can go to, and the bonus figures (usable bonus D−E, total D and the
 * mileage still being earned, unsettled E; SHOP-08).
 */
public record PhoneCustomer(long id, String memberNo, String name, String phone, String email,
        String postalCode, String address, String companyName, String workPostalCode, String workAddress,
        boolean erased, BigDecimal bonusUsable, BigDecimal bonusTotal, BigDecimal bonusUnsettled)
        implements Serializable {

    public boolean hasWorkAddress() {
        return workAddress != null && !workAddress.isBlank();
    }
}
