package com.market25.ordering;

import jakarta.ejb.ApplicationException;

/** An item move its life cycle does not allow, e.g. a return of an item not yet delivered. */
@ApplicationException(rollback = true)
public class IllegalItemTransitionException extends RuntimeException {

    private final int lineNo;
    private final ItemState from;
    private final ItemState to;

    public IllegalItemTransitionException(int lineNo, ItemState from, ItemState to) {
        super("item " + lineNo + " cannot move from " + from + " to " + to);
        this.lineNo = lineNo;
        this.from = from;
        this.to = to;
    }

    public int lineNo() {
        return lineNo;
    }

    public ItemState from() {
        return from;
    }

    public ItemState to() {
        return to;
    }
}
