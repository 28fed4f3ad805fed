package com.market25.member;

import java.io.Serializable;
import java.util.List;

/** A member's consents (MEM-06): the four channels now, and the changes newest first. */
public record ConsentStatement(List<ConsentState> current, List<ConsentHistoryLine> history) implements Serializable {

    public ConsentState of(ConsentChannel channel) {
        return current.stream().filter(s -> s.channel() == channel).findFirst()
                .orElseThrow(() -> new IllegalStateException("no state for " + channel));
    }

    public boolean granted(ConsentChannel channel) {
        return of(channel).granted();
    }
}
