package com.market25.inventory;

/** 저장소 구분: the head office's (본사), a branch's (지사), or the one that serves storefront orders. */
public enum WarehouseKind {
    HQ, BRANCH, WEB;

    public String labelKey() {
        return "warehouse.kind." + name();
    }
}
