package com.market25.ordering;

/** 수신처 구분: home, work or another address. */
public enum RecipientKind {
    HOME, WORK, OTHER
}
