package com.market25.ordering;

import jakarta.ejb.ApplicationException;

/** An order was already taken with this checkout form: the caller looks it up instead. */
@ApplicationException(rollback = true)
public class DuplicateCheckoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DuplicateCheckoutException(String checkoutKey) {
        super("an order was already taken with checkout form " + checkoutKey);
    }
}
