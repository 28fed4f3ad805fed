package com.market25.campaign;

/** 실행군 gets the campaign's messages; 통제군 gets nothing from it, and both are measured. */
public enum TargetGroup {
    TREATMENT,
    CONTROL
}
