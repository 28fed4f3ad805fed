package com.market25.delivery;

/** What became of one slip or file row: done now, done before (nothing changed), or refused. */
public enum Outcome {
    DONE, ALREADY, REFUSED
}
