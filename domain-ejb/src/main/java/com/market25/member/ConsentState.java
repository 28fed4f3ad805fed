package com.market25.member;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One channel's consent now, with when and how it was last set. */
public record ConsentState(ConsentChannel channel, boolean granted, LocalDateTime changedAt, ConsentSource source)
        implements Serializable {
}
