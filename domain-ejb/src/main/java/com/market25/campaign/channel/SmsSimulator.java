package com.market25.campaign.channel;

import com.market25.infrastructure.ContainerResources;
import com.market25.infrastructure.DeploymentMode;
import com.market25.infrastructure.Queues;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo SMS gateway (MKT-06): "delivers" every message at once and answers a delivery report
 * per message on {@code market25.sms.reports}, in the outbound listener's transaction (so a
 * rolled-back batch leaves no report). It never reaches a phone.
 *
 * <p>Safe by default: usable only in demo mode ({@link DeploymentMode}, as the card gateway
 * simulator), and then not when {@code market25.sms.simulator} / {@code MARKET25_SMS_SIMULATOR}
 * is {@code false}. A real installation without a real gateway sends nothing.
 *
 * <p>Outcomes are decided by the number, so tests know them in advance. 010-0xxx-xxxx numbers are
 * never assigned to subscribers (the fourth digit of a 010 number is 2–9), so they are the test
 * range: {@code 010-0000-xxxx} → {@link SmsStatus#UNKNOWN_NUMBER}, {@code 010-0001-xxxx} →
 * {@link SmsStatus#FAILED} (handset off too long); any number that is not a mobile number →
 * UNKNOWN_NUMBER; every other mobile number → {@link SmsStatus#DELIVERED}.
 */
@Stateless
public class SmsSimulator implements SmsGateway {

    static final String SWITCH = "market25.sms.simulator";

    @Resource(lookup = ContainerResources.JMS)
    private ConnectionFactory jms;

    @Override
    public String name() {
        return "SIMULATOR";
    }

    @Override
    public boolean usable() {
        String off = System.getProperty(SWITCH, System.getenv(SmsSettings.environmentName(SWITCH)));
        return DeploymentMode.isDemo() && !"false".equalsIgnoreCase(off == null ? "" : off.strip());
    }

    @Override
    public boolean simulator() {
        return true;
    }

    @Override
    public void submit(List<OutboundSms> batch) {
        if (!usable()) {
            // never pretend: a real installation gets no report it did not earn
            throw new IllegalStateException("the SMS simulator runs only in demo mode");
        }
        Instant now = Instant.now();
        List<SmsReport> reports = new ArrayList<>(batch.size());
        for (OutboundSms sms : batch) {
            reports.add(new SmsReport(sms.id(), outcome(sms.phone()), "SIM-" + sms.id(), now));
        }
        try (JMSContext context = jms.createContext()) {
            context.createProducer().send(context.createQueue(Queues.SMS_REPORTS), SmsReports.format(reports));
        }
    }

    /** What the simulated carrier answers for a number (digits only). */
    static SmsStatus outcome(String phone) {
        String digits = SmsSettings.digits(phone);
        if (!SmsPhone.isMobile(digits) || digits.startsWith("0100000")) {
            return SmsStatus.UNKNOWN_NUMBER;
        }
        return digits.startsWith("0100001") ? SmsStatus.FAILED : SmsStatus.DELIVERED;
    }
}
