package com.market25.segment;

import jakarta.ejb.ApplicationException;

/** The database refused the query box's statement; the message is MariaDB's own, for the power user. */
@ApplicationException
public class QueryRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public QueryRefusedException(String databaseMessage) {
        super(databaseMessage);
    }
}
