package com.market25.campaign.channel;

import java.io.Serializable;

/** One address label (MKT-06): who, where, and the member number its barcode carries. */
public record AddressLabel(long customerId, String memberNo, String name, String postalCode, String address)
        implements Serializable {
}
