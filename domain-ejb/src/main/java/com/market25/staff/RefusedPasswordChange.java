package com.market25.staff;

import com.market25.common.InvalidInputException;
import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * A password change refused because the current password was wrong. Unlike other input errors it
 * does not roll back: the failed attempt is counted towards the account lock.
 */
@ApplicationException(rollback = false, inherited = false)
public class RefusedPasswordChange extends InvalidInputException {

    RefusedPasswordChange(String field, String messageKey) {
        super(Map.of(field, messageKey));
    }
}
