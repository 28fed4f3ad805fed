package com.market25.campaign;

/** Where a target came from (kept on the target row). */
public enum TargetSourceKind {
    SEGMENT,
    RFM_CELL,
    LIST,
    RESPONDERS,
    TRIGGER
}
