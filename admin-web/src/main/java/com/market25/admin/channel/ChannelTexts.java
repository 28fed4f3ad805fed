package com.market25.admin.channel;

import com.market25.admin.i18n.Texts;
import com.market25.campaign.channel.ChannelResult;
import java.util.stream.Collectors;

/** "대상 12명 · 수신 동의 없음 3명 …": a channel desk's answer in the staff member's language. */
final class ChannelTexts {

    private ChannelTexts() {
    }

    static String counts(ChannelResult result) {
        return result.counts().entrySet().stream()
                .map(e -> Texts.ui("channels.count", Texts.domain("sendOutcome." + e.getKey().name()), e.getValue()))
                .collect(Collectors.joining(" · "));
    }
}
