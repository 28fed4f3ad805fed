package com.market25.campaign.channel;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

/** SQL the channel desks share. */
final class ChannelRows {

    static final int BATCH = 1_000;

    private ChannelRows() {
    }

    /**
     * Now on the application's clock (Asia/Seoul, as every other timestamp the application
     * writes), not the database server's, which may run on UTC.
     */
    static Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now());
    }

    /** Multi-row inserts of (owner, customer, position), positions in the order given. */
    static void insertItems(EntityManager em, String table, String ownerColumn, long owner, List<Long> customerIds) {
        for (int i = 0; i < customerIds.size(); i += BATCH) {
            List<Long> part = customerIds.subList(i, Math.min(customerIds.size(), i + BATCH));
            StringBuilder sql = new StringBuilder("insert into " + table + " (" + ownerColumn + ", customer_id, position) values ");
            for (int r = 0; r < part.size(); r++) {
                sql.append(r == 0 ? "" : ", ").append("(?1, ?").append(2 * r + 2).append(", ?").append(2 * r + 3).append(')');
            }
            Query insert = em.createNativeQuery(sql.toString()).setParameter(1, owner);
            for (int r = 0; r < part.size(); r++) {
                insert.setParameter(2 * r + 2, part.get(r));
                insert.setParameter(2 * r + 3, i + r + 1);
            }
            insert.executeUpdate();
        }
    }

}
