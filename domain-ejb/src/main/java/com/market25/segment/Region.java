package com.market25.segment;

import java.util.List;

/**
 * 시·도, derived from the start of the member's address (no region column exists): each region
 * lists the ways addresses begin (서울특별시 / 서울시 / 서울 all start with 서울).
 */
public enum Region {
    SEOUL("서울"), BUSAN("부산"), DAEGU("대구"), INCHEON("인천"), GWANGJU("광주"), DAEJEON("대전"), ULSAN("울산"),
    SEJONG("세종"), GYEONGGI("경기"), GANGWON("강원"), CHUNGBUK("충북", "충청북도"), CHUNGNAM("충남", "충청남도"),
    JEONBUK("전북", "전라북도"), JEONNAM("전남", "전라남도"), GYEONGBUK("경북", "경상북도"), GYEONGNAM("경남", "경상남도"),
    JEJU("제주");

    private final List<String> prefixes;

    Region(String... prefixes) {
        this.prefixes = List.of(prefixes);
    }

    public List<String> prefixes() {
        return prefixes;
    }
}
