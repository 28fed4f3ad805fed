package com.market25.signin;

import java.io.Serializable;
import java.time.LocalDateTime;

/** An account whose sign-in is locked, as the back office lists it. */
public record LockedAccount(String loginId, String name, LocalDateTime lockedUntil) implements Serializable {
}
