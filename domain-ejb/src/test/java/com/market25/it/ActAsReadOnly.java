package com.market25.it;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.concurrent.Callable;

/**
 * Calls boundaries as 조회전용 only, the way the web tier calls them for a signed-in caller: the run-as
 * principal "it-readonly" is mapped to its roles in the test WAR's glassfish-ejb-jar.xml. No
 * transaction of its own, so every boundary call commits or rolls back by itself.
 */
@Stateless
@RunAs("READONLY")
// bean-managed: no transaction of its own, and test code may still use UserTransaction
@TransactionManagement(TransactionManagementType.BEAN)
public class ActAsReadOnly {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    public void run(Acting.Work work) throws Exception {
        work.run();
    }
}
