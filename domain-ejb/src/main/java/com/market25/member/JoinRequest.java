package com.market25.member;

import java.io.Serializable;

/**
 * What the join form (회원가입) collects; no resident registration number, by law. The birth date
 * is kept as typed, so a malformed one is reported next to every other problem of the form.
 */
public record JoinRequest(
        String loginId,
        String password,
        String passwordConfirm,
        String name,
        String phone,
        String email,
        String postalCode,
        String address,
        String birthDate,
        Gender gender,
        boolean consentEmail,
        boolean consentSms,
        boolean consentDm,
        boolean consentPhone,
        String upperMemberLoginId) implements Serializable {
}
