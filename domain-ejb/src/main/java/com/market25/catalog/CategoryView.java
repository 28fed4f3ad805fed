package com.market25.catalog;

import java.io.Serializable;

/** A shop corner as menus show it. */
public record CategoryView(String code, String nameKo, String nameEn) implements Serializable {

    public String name(boolean english) {
        return english ? nameEn : nameKo;
    }
}
