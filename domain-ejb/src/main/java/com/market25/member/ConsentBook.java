package com.market25.member;

import com.market25.common.InvalidInputException;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Consents per channel and their history (MEM-06), for {@link MemberDesk}. A change is a
 * conditional update of the member row ("set to X where it is not X"), so two requests racing
 * to make the same change record it once, and a history row is written only for a real change.
 */
final class ConsentBook {

    private static final int HISTORY_SHOWN = 50;

    private final EntityManager em;

    ConsentBook(EntityManager em) {
        this.em = em;
    }

    /** Sets the channel's consent; true when it changed (and a history row was written). */
    boolean change(long memberId, ConsentChannel channel, boolean granted, ConsentSource source, Long campaignId,
            LocalDateTime now) {
        String column = channel.column();
        int changed = em.createNativeQuery("update member set " + column + " = ?1, updated_at = ?2"
                        + " where id = ?3 and " + column + " <> ?1")
                .setParameter(1, granted)
                .setParameter(2, now)
                .setParameter(3, memberId)
                .executeUpdate();
        if (changed == 0) {
            return false;
        }
        em.persist(new ConsentChange(memberId, channel, granted, now, source, campaignId));
        return true;
    }

    ConsentStatement statement(long memberId) {
        List<Object[]> member = em.createQuery("select m.consentEmail, m.consentSms, m.consentDm, m.consentPhone,"
                        + " m.joinedAt from Member m where m.id = :id", Object[].class)
                .setParameter("id", memberId)
                .getResultList();
        if (member.isEmpty()) {
            throw InvalidInputException.of("member", "error.memberRecordGone");
        }
        Object[] row = member.get(0);
        Map<ConsentChannel, Boolean> now = Map.of(ConsentChannel.EMAIL, (Boolean) row[0],
                ConsentChannel.SMS, (Boolean) row[1], ConsentChannel.DM, (Boolean) row[2],
                ConsentChannel.PHONE, (Boolean) row[3]);
        LocalDateTime joinedAt = (LocalDateTime) row[4];

        Map<ConsentChannel, ConsentHistoryLine> last = new EnumMap<>(ConsentChannel.class);
        em.createQuery("select new com.market25.member.ConsentHistoryLine(c.changedAt, c.channel, c.granted,"
                        + " c.source, c.campaignId) from ConsentChange c where c.id in"
                        + " (select max(l.id) from ConsentChange l where l.memberId = :id group by l.channel)",
                        ConsentHistoryLine.class)
                .setParameter("id", memberId)
                .getResultList()
                .forEach(line -> last.put(line.channel(), line));

        List<ConsentState> current = new ArrayList<>();
        for (ConsentChannel channel : ConsentChannel.values()) {
            boolean granted = now.get(channel);
            ConsentHistoryLine line = last.get(channel);
            current.add(line == null
                    ? new ConsentState(channel, granted, joinedAt, ConsentSource.JOIN)
                    : new ConsentState(channel, granted, line.changedAt(), line.source()));
        }
        List<ConsentHistoryLine> history = em.createQuery("select new com.market25.member.ConsentHistoryLine("
                        + "c.changedAt, c.channel, c.granted, c.source, c.campaignId) from ConsentChange c"
                        + " where c.memberId = :id order by c.changedAt desc, c.id desc", ConsentHistoryLine.class)
                .setParameter("id", memberId)
                .setMaxResults(HISTORY_SHOWN)
                .getResultList();
        return new ConsentStatement(List.copyOf(current), List.copyOf(history));
    }
}
