package com.market25.customer;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One line of the customer list (MEM-01). {@code mergedIntoMemberNo} is set for a customer that
 * merge-purge (MEM-03) merged into another one: the row stays findable by its own keys, marked.
 */
public record CustomerRow(long id, String memberNo, String name, String phone, String email, String address,
        CustomerOrigin origin, String externalId, String loginId, LocalDateTime joinedAt, boolean erased,
        String mergedIntoMemberNo)
        implements Serializable {
}
