package com.market25.campaign.channel;

import com.market25.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whom the channel screens address (MKT-06): member numbers typed or scanned, or the members of a
 * saved segment (as last evaluated), turned into customer ids for the channel desks, which then
 * check consent and the rest. The campaign dispatch passes its own ids and does not need this.
 */
@Stateless
public class Recipients {

    /** A screen's list: more is a campaign's job (segments, the dispatch). */
    public static final int MAX = 100_000;

    @PersistenceContext
    private EntityManager em;

    /** Customer ids in the order typed, and the numbers that name nobody. */
    public record Resolved(List<Long> ids, List<String> unknown) implements Serializable {
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public Resolved ofMemberNumbers(String text) {
        Set<String> numbers = new LinkedHashSet<>();
        if (text != null) {
            for (String token : text.split("[\\s,;]+")) {
                if (!token.isBlank() && token.strip().length() <= 20) {
                    numbers.add(token.strip());
                }
            }
        }
        List<String> all = new ArrayList<>(numbers).subList(0, Math.min(numbers.size(), MAX));
        Map<String, Long> found = new java.util.HashMap<>();
        for (int i = 0; i < all.size(); i += 1_000) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select member_no, id from member where member_no in (?1)")
                    .setParameter(1, all.subList(i, Math.min(all.size(), i + 1_000))).getResultList();
            rows.forEach(r -> found.put((String) r[0], ((Number) r[1]).longValue()));
        }
        return new Resolved(all.stream().filter(found::containsKey).map(found::get).toList(),
                all.stream().filter(n -> !found.containsKey(n)).toList());
    }

    /** The segment's members as last evaluated, in id order. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public List<Long> ofSegment(long segmentId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select customer_id from segment_member where segment_id = ?1"
                + " order by customer_id limit " + MAX).setParameter(1, segmentId).getResultList();
        return ids.stream().map(Number::longValue).collect(Collectors.toList());
    }

    /** The saved segments, id to name, for the screens' choice. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public Map<Long, String> segments() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, name from segment order by id desc limit 200").getResultList();
        return rows.stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(),
                r -> (String) r[1], (a, b) -> a, java.util.LinkedHashMap::new));
    }

}
