package com.market25.inventory;

import java.io.Serializable;

/** 저장소: a warehouse with the branch it belongs to. */
public record WarehouseView(long id, String code, String name, WarehouseKind kind, String branchCode, boolean active)
        implements Serializable {

    /** "웹쇼핑몰 출고센터 (WEB)" for drop-downs. */
    public String label() {
        return name + " (" + code + ")";
    }
}
