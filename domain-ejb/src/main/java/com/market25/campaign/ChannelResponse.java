package com.market25.campaign;

/** What one channel project's messages did (MKT-07). */
public record ChannelResponse(long projectId, String channel, String name, long recipients, long sent, long delivered,
        long failed, long opened, long clicked, long unsubscribed, long returned) {
}
