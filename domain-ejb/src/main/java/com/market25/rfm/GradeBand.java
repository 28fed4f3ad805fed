package com.market25.rfm;

/** A grade (VIP, 우수, 일반, 휴면 …): customers whose value reaches {@code minScore} and no higher band. */
public record GradeBand(String code, String nameKo, String nameEn, int minScore) {

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameKo;
    }
}
