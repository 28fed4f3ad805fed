package com.market25.customerimport;

/** Where an import job stands. Only DONE changed customers or purchases; FAILED and CANCELLED imported nothing. */
public enum ImportStatus {
    RUNNING, DONE, FAILED, CANCELLED
}
