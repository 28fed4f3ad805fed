package com.market25.rfm;

/** What started a nightly RFM run. */
public enum NightlyTrigger {
    /** the persistent timer at 03:30 (Korean time), also when it fires late after downtime */
    NIGHTLY,
    /** shortly after a server start, for a day whose run was missed */
    CATCH_UP
}
