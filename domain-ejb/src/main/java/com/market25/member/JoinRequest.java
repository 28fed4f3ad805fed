package com.market25.member;

import java.io.Serializable;
import java.time.LocalDate;

/** What the join form (회원가입) collects; no resident registration number, by law. */
public record JoinRequest(
        String loginId,
        String password,
        String passwordConfirm,
        String name,
        String phone,
        String email,
        String postalCode,
        String address,
        LocalDate birthDate,
        Gender gender,
        boolean consentEmail,
        boolean consentSms,
        boolean consentDm,
        boolean consentPhone,
        String upperMemberLoginId) implements Serializable {
}
