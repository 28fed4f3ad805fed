package com.market25.member;

import java.io.Serializable;

/** What the member ticked on 내 정보: the wanted state of each channel. */
public record ConsentChoices(boolean email, boolean sms, boolean dm, boolean phone) implements Serializable {

    public boolean wants(ConsentChannel channel) {
        return switch (channel) {
            case EMAIL -> email;
            case SMS -> sms;
            case DM -> dm;
            case PHONE -> phone;
        };
    }
}
