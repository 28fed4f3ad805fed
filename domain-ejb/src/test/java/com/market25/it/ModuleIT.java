package com.market25.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The module tests of domain-ejb, run in one Payara Micro. Micro deploys only at its start, so
 * every Arquillian deployment costs a whole boot (about 28 s here, twice that on the CI machine);
 * the capabilities keep one test class each ({@link JourneyTests}, {@link CheckoutPaymentTests},
 * {@link ConsentTests}, {@link SettlementGuardTests}, {@link SignInTests}) and are chained by
 * inheritance only so that JUnit runs all their tests against this single deployment.
 * (Arquillian's JUnit 5 extension does not run {@code @Nested} classes in the container.)
 */
@ExtendWith(ItEnvironment.class)
@ExtendWith(ArquillianExtension.class)
class ModuleIT extends SignInTests {

    @Deployment
    static WebArchive deployment() {
        return ItEnvironment.deployment(ModuleIT.class, SignInTests.class, SettlementGuardTests.class, ConsentTests.class,
                CheckoutPaymentTests.class, JourneyTests.class, PaymentsFixture.class, CampaignMails.class, Installation.class);
    }
}
