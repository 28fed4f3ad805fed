package com.market25.segment;

/** Why a segment's members were worked out again. */
public enum EvaluationTrigger {
    CREATED, ON_DEMAND, NIGHTLY
}
