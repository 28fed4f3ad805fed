package com.market25.campaign.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.Optional;

/** Picks the SMS gateway of this server (MKT-06): a usable real one first, else the simulator if allowed. */
@ApplicationScoped
public class SmsGateways {

    @Inject
    @Any
    private Instance<SmsGateway> gateways;

    /** The gateway to use now; empty when neither a real gateway nor the simulator is usable. */
    public Optional<SmsGateway> current() {
        return gateways.stream()
                .filter(SmsGateway::usable)
                .min(Comparator.comparing(SmsGateway::simulator));
    }
}
