package com.market25.payment;

import java.io.Serializable;

/** One choice of the installments select: 0 = 일시불, else months, maybe interest-free (무이자). */
public record InstallmentOption(int months, boolean interestFree) implements Serializable {

    public boolean lumpSum() {
        return months == 0;
    }
}
