package com.market25.member;

import java.io.Serializable;

/** The signed-in customer as the storefront keeps it in the session. */
public record MemberView(long id, String memberNo, String loginId, String name, String phone,
        String email, String postalCode, String address, MemberType type,
        String upperMemberNo, String upperMemberName, MemberType upperMemberType) implements Serializable {

    static MemberView of(Member m) {
        Member upper = m.getUpperMember();
        return new MemberView(m.getId(), m.getMemberNo(), m.getLoginId(), m.getName(), m.getPhone(),
                m.getEmail(), m.getPostalCode(), m.getAddress(), m.getType(),
                upper == null ? null : upper.getMemberNo(),
                upper == null ? null : upper.getName(),
                upper == null ? null : upper.getType());
    }
}
