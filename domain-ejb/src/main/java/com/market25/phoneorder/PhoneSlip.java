package com.market25.phoneorder;

import java.io.Serializable;

/** What a phone order adds to its slip: logistics method, pickup branch and payment choice. */
public record PhoneSlip(LogisticsMethod logistics, String pickupBranch, PhonePayment payment) implements Serializable {
}
