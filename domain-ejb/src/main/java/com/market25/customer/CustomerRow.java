package com.market25.customer;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of the customer list (MEM-01). */
public record CustomerRow(long id, String memberNo, String name, String phone, String email, String address,
        CustomerOrigin origin, String externalId, String loginId, LocalDateTime joinedAt, boolean erased)
        implements Serializable {
}
