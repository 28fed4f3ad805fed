package com.market25.member;

/** 회원구분: the seed's three kinds of member. */
public enum MemberType {
    INTERNET, REGULAR, AGENCY
}
