package com.market25.admin.channel;

import com.market25.admin.i18n.Texts;
import com.market25.campaign.channel.Recipients;
import java.io.Serializable;
import java.util.List;

/**
 * Whom a DM batch or a call list is for, as the channel screens ask it: a saved segment, or member
 * numbers typed or scanned (one a line). Numbers that name nobody are shown, not dropped silently.
 */
final class Audience implements Serializable {

    private static final long serialVersionUID = 1L;

    Long segmentId;
    String memberNumbers;

    /** The customer ids; tells the staff member about unknown numbers. */
    List<Long> ids(Recipients recipients) {
        if (segmentId != null) {
            return recipients.ofSegment(segmentId);
        }
        Recipients.Resolved resolved = recipients.ofMemberNumbers(memberNumbers);
        if (!resolved.unknown().isEmpty()) {
            Texts.error(null, Texts.ui("channels.unknownNumbers", String.join(", ", resolved.unknown())));
        }
        return resolved.ids();
    }
}
