package com.market25.campaign.channel;

import java.util.List;

/**
 * The port to a carrier's SMS gateway (MKT-06). {@link SmsOutboundListener} hands it the messages
 * of one outbound batch from {@code market25.sms.outbound}, inside the listener's XA transaction;
 * the gateway answers later with delivery reports on {@code market25.sms.reports}
 * ({@link SmsReports#format}), which {@link SmsReportListener} records once.
 *
 * <p>A real gateway is one more session bean implementing this interface (its HTTP client, its
 * credentials from the environment, its delivery callback turned into reports); it is chosen
 * over the simulator whenever it is {@link #usable()} ({@link SmsGateways}). Without a usable
 * gateway nothing is queued: {@link SmsDesk} refuses with a Korean message, and a message already
 * queued stays {@code QUEUED} (the broker retries, then dead-letters it) instead of being
 * reported delivered.
 */
public interface SmsGateway {

    /** A short name, recorded on each message it sends (sms_message.gateway). */
    String name();

    /** Configured and allowed on this server. */
    boolean usable();

    /** The demo simulator, used only when no real gateway is usable. */
    default boolean simulator() {
        return false;
    }

    /**
     * Hands the messages to the carrier. Throwing rolls the listener's transaction back and the
     * broker delivers the batch again later; a message the carrier took already must then not
     * be sent twice (a real gateway passes {@link OutboundSms#id()} as its idempotency key).
     */
    void submit(List<OutboundSms> batch);
}
