package com.market25.delivery;

import com.market25.common.Checks;
import com.market25.common.InvalidInputException;
import com.market25.ordering.DeliveryTarget;
import com.market25.ordering.DeliveryTargetQuery;
import com.market25.ordering.DeliveryTargets;
import com.market25.ordering.IllegalOrderTransitionException;
import com.market25.ordering.OrderDesk;
import com.market25.ordering.OrderState;
import com.market25.ordering.OrderStatus;
import com.market25.staff.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The logistics desk (DLV-01): carriers, the delivery target list, 배송지시 in bulk, parcels with
 * tracking numbers (typed or from a carrier's file), 배송완료, the customer's tracking (SHOP-07
 * 종적조회) and the delivery-fee settlement per carrier. Orders move only through
 * {@link OrderDesk#move}; a parcel exists once per carrier and number, and once per order line.
 */
@Stateless
public class DeliveryDesk {

    /** Slips one bulk action takes. */
    public static final int MAX_SLIPS = 1_000;

    private static final String SHIPMENT_VIEW = "select s.id, s.order_id, o.slip_no, s.line_no, s.carrier_id, c.name,"
            + " c.tracking_url, s.tracking_no, s.shipped_at, s.shipped_by, s.source, s.delivered_at, s.delivered_by,"
            + " s.settlement_id, s.fee, o.recipient_name, o.status from shipment s join carrier c on c.id = s.carrier_id"
            + " join customer_order o on o.id = s.order_id";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private DeliveryTargets targets;

    @EJB
    private com.market25.notification.OrderNotifications notifications;

    @EJB
    private DeliverySteps steps;

    @EJB
    private OrderDesk orders;

    // ---------------------------------------------------------------- carriers

    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY, Roles.SETTLEMENT})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<CarrierView> carriers() {
        return em.createQuery("select c from Carrier c order by c.sortOrder, c.id", Carrier.class).getResultStream()
                .map(Carrier::view).toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<CarrierView> activeCarriers() {
        return carriers().stream().filter(CarrierView::active).toList();
    }

    /**
     * 택배사 등록 (no id) or 수정 (id and the version the form was read at: a colleague's newer
     * save is refused).
     */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    public CarrierView saveCarrier(CarrierForm form) {
        Checks checks = new Checks();
        form.check(checks);
        checks.throwIfAny();
        String code = form.code().trim().toUpperCase(java.util.Locale.ROOT);
        String name = form.name().trim();
        List<?> clash = em.createNativeQuery("select id from carrier where (code = ?1 or name = ?2) and id <> ?3")
                .setParameter(1, code).setParameter(2, name).setParameter(3, form.id() == null ? -1L : form.id())
                .getResultList();
        if (!clash.isEmpty()) {
            throw InvalidInputException.of("code", "error.carrier.taken");
        }
        LocalDateTime now = LocalDateTime.now();
        Carrier carrier;
        if (form.id() == null) {
            carrier = new Carrier(form, caller(), now);
            em.persist(carrier);
        } else {
            carrier = em.find(Carrier.class, form.id(), LockModeType.PESSIMISTIC_WRITE);
            if (carrier == null) {
                throw InvalidInputException.of("code", "error.carrier.unknown");
            }
            if (form.version() == null || form.version() != carrier.getVersion()) {
                throw InvalidInputException.of("code", "error.carrier.changedMeanwhile");
            }
            carrier.apply(form, caller(), now);
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw InvalidInputException.of("code", "error.carrier.changedMeanwhile");
        } catch (PersistenceException e) {
            throw InvalidInputException.of("code", "error.carrier.taken");
        }
        return carrier.view();
    }

    /** 사용 / 사용 중지: a carrier not in use takes no new parcels; its parcels stay. */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    public CarrierView setCarrierActive(long id, boolean active) {
        Carrier carrier = em.find(Carrier.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (carrier == null) {
            throw InvalidInputException.of("code", "error.carrier.unknown");
        }
        carrier.setActive(active, caller(), LocalDateTime.now());
        em.flush();
        return carrier.view();
    }

    // ---------------------------------------------------------------- lists

    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long countTargets(DeliveryTargetQuery query) {
        return targets.count(query);
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<DeliveryTarget> targets(DeliveryTargetQuery query, int first, int size) {
        return targets.page(query, first, size);
    }

    /** The parcels of these orders (one read for a page of the list), by order id. */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<Long, List<ShipmentView>> parcelsOf(Collection<Long> orderIds) {
        Map<Long, List<ShipmentView>> byOrder = new HashMap<>();
        if (orderIds.isEmpty()) {
            return byOrder;
        }
        List<Object[]> rows = em.createNativeQuery(SHIPMENT_VIEW + " where s.order_id in (?1) order by s.line_no")
                .setParameter(1, List.copyOf(orderIds))
                .getResultList();
        rows.stream().map(DeliveryDesk::shipment).forEach(s -> byOrder.computeIfAbsent(s.orderId(), k -> new ArrayList<>()).add(s));
        return byOrder;
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long countShipments(ShipmentQuery query) {
        Query q = em.createNativeQuery("select count(*) from shipment s" + where(query));
        bind(q, query);
        return ((Number) q.getSingleResult()).longValue();
    }

    /** 발송 내역, newest first, a page at a time. */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ShipmentView> shipments(ShipmentQuery query, int first, int size) {
        Query q = em.createNativeQuery(SHIPMENT_VIEW + where(query) + " order by s.shipped_at desc, s.id desc"
                + " limit " + Math.min(Math.max(1, size), 500) + " offset " + Math.max(0, first));
        bind(q, query);
        return ((List<Object[]>) q.getResultList()).stream().map(DeliveryDesk::shipment).toList();
    }

    /** The delivery target list as a PDF to print (A4 landscape, embedded Korean font). */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public byte[] targetListPdf(DeliveryTargetQuery query, String title, String subtitle) {
        return DeliveryListPdf.render(title, subtitle, targets.page(query, 0, DeliveryTargets.MAX_ROWS),
                targets.count(query));
    }

    // ---------------------------------------------------------------- 배송지시

    /**
     * 배송지시 of the selected slips, each in its own transaction through {@link OrderDesk#move}:
     * paid slips move, the others are reported with the reason and stay as they are.
     */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DeliveryReport instruct(List<String> slipNos) {
        List<String> slips = distinctSlips(slipNos);
        Map<String, OrderState> states = targets.states(slips);
        String by = caller();
        List<DeliveryOutcome> outcomes = new ArrayList<>();
        int line = 0;
        for (String slip : slips) {
            line++;
            OrderState state = states.get(slip);
            if (state == null) {
                outcomes.add(DeliveryOutcome.refused(line, slip, null, null, "error.delivery.slipUnknown"));
                continue;
            }
            if (state.status() == OrderStatus.DELIVERY_INSTRUCTED) {
                outcomes.add(DeliveryOutcome.already(line, slip, null, "delivery.already.instructed"));
                continue;
            }
            if (state.status() != OrderStatus.PAID) {
                outcomes.add(DeliveryOutcome.refused(line, slip, null, state.status(), instructRefusal(state.status())));
                continue;
            }
            try {
                steps.instruct(slip, by);
                outcomes.add(DeliveryOutcome.done(line, slip, null));
            } catch (IllegalOrderTransitionException e) {
                outcomes.add(DeliveryOutcome.refused(line, slip, null, e.from(), instructRefusal(e.from())));
            } catch (InvalidInputException e) {
                outcomes.add(DeliveryOutcome.refused(line, slip, null, null, e.fieldErrors().values().iterator().next()));
            }
        }
        return new DeliveryReport(outcomes);
    }

    private static String instructRefusal(OrderStatus status) {
        return switch (status) {
            case RECEIVED -> "error.delivery.notPaid";
            case CANCELLED -> "error.delivery.cancelled";
            case DELIVERED, COMPLETED -> "error.delivery.pastInstruction";
            default -> "error.delivery.wrongStatus";
        };
    }

    // ---------------------------------------------------------------- parcels

    /**
     * 송장 입력: one parcel typed by staff. The same parcel again changes nothing.
     *
     * @throws InvalidInputException per field (slipNo, lineNo, carrier, trackingNo, shippedAt)
     */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    public DeliveryOutcome registerParcel(ParcelForm form) {
        Checks checks = new Checks();
        checks.maxLength("slipNo", form.slipNo(), 20).maxLength("trackingNo", form.trackingNo(), 40)
                .maxLength("carrier", form.carrier(), 60).maxLength("shippedAt", form.shippedAt(), 30)
                .that(form.lineNo() >= 0 && form.lineNo() <= 999, "lineNo", "error.delivery.line");
        checks.throwIfAny();
        DeliveryOutcome outcome = register(List.of(new Candidate(1, form.slipNo(), form.lineNo(), form.carrier(),
                form.trackingNo(), form.shippedAt())), null, ShipmentSource.TYPED).outcomes().get(0);
        if (outcome.outcome() == Outcome.REFUSED) {
            throw InvalidInputException.of(fieldOf(outcome.reasonKey()), outcome.reasonKey(), outcome.argArray());
        }
        return outcome;
    }

    /**
     * 송장 일괄 등록 from a carrier's file (.xlsx or CSV: slip number, tracking number, optional
     * carrier and shipping date). Good rows go in, bad rows are reported with line and reason, rows
     * already in (the same file again) change nothing.
     *
     * @param carrier the carrier of rows without a carrier column (code or name), may be null
     */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    public DeliveryReport uploadParcels(byte[] file, String carrier) {
        List<Candidate> rows = ShipmentFile.read(file).stream()
                .map(r -> new Candidate(r.line(), r.slip(), 0, r.carrier(), r.tracking(), r.date())).toList();
        return register(rows, carrier, ShipmentSource.UPLOAD);
    }

    /** 송장 삭제 of a parcel typed wrong: only while it is neither delivered nor settled. */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    public void removeParcel(long shipmentId) {
        int removed = em.createNativeQuery("delete from shipment where id = ?1 and delivered_at is null"
                        + " and settlement_id is null")
                .setParameter(1, shipmentId)
                .executeUpdate();
        if (removed == 0) {
            throw InvalidInputException.of("shipment", "error.delivery.notRemovable");
        }
    }

    record Candidate(int line, String slipText, int lineNo, String carrierText, String trackingText, String dateText) {
    }

    private record Existing(long orderId, int lineNo, long carrierId, String trackingNo, String slipNo) {
    }

    private DeliveryReport register(List<Candidate> rows, String defaultCarrier, ShipmentSource source) {
        String by = caller();
        LocalDateTime now = LocalDateTime.now();
        List<CarrierView> carriers = carriers();
        Set<String> slips = new LinkedHashSet<>();
        Set<String> numbers = new HashSet<>();
        for (Candidate c : rows) {
            String slip = ShipmentFile.slipNumber(c.slipText());
            if (slip != null) {
                slips.add(slip);
            }
            String n = TrackingRule.normalize(c.trackingText());
            if (!n.isEmpty() && n.length() <= 20) {
                numbers.add(n);
            }
        }
        Map<String, OrderState> states = targets.states(slips);
        List<Existing> existing = existing(states.values().stream().map(OrderState::orderId).toList(), numbers);
        List<LocalDate[]> settled = settledPeriods();
        CarrierView fallback = null;
        if (defaultCarrier != null && !defaultCarrier.isBlank()) {
            fallback = carriers.stream().filter(cv -> cv.answersTo(defaultCarrier)
                    || String.valueOf(cv.id()).equals(defaultCarrier.trim())).findFirst().orElse(null);
        }
        List<DeliveryOutcome> outcomes = new ArrayList<>();
        for (Candidate c : rows) {
            String slip = ShipmentFile.slipNumber(c.slipText());
            String shownSlip = slip != null ? slip : c.slipText();
            String typed = c.trackingText();
            if (c.slipText() == null || c.slipText().isBlank()) {
                outcomes.add(DeliveryOutcome.refused(c.line(), null, typed, null, "error.delivery.slipMissing"));
                continue;
            }
            OrderState state = slip == null ? null : states.get(slip);
            if (state == null) {
                outcomes.add(DeliveryOutcome.refused(c.line(), shownSlip, typed, null, "error.delivery.slipUnknown"));
                continue;
            }
            CarrierView carrier;
            if (c.carrierText() != null && !c.carrierText().isBlank()) {
                carrier = carriers.stream().filter(cv -> cv.answersTo(c.carrierText())
                        || String.valueOf(cv.id()).equals(c.carrierText().trim())).findFirst().orElse(null);
                if (carrier == null) {
                    outcomes.add(DeliveryOutcome.refused(c.line(), slip, typed, null, "error.delivery.carrierUnknown",
                            c.carrierText()));
                    continue;
                }
            } else if (fallback != null) {
                carrier = fallback;
            } else {
                outcomes.add(DeliveryOutcome.refused(c.line(), slip, typed, null, "error.delivery.carrierMissing"));
                continue;
            }
            TrackingRule.Checked number = carrier.rule().check(typed);
            if (!number.ok()) {
                Object[] args = number.errorKey().equals("error.delivery.trackingLength")
                        ? new Object[] {carrier.name(), number.args()[0], number.args()[1]} : new Object[] {carrier.name()};
                outcomes.add(DeliveryOutcome.refused(c.line(), slip, typed, null, number.errorKey(), args));
                continue;
            }
            String trackingNo = number.number();
            Existing sameParcel = existing.stream()
                    .filter(e -> e.carrierId() == carrier.id() && e.trackingNo().equals(trackingNo)).findFirst().orElse(null);
            if (sameParcel != null) {
                if (sameParcel.orderId() == state.orderId() && sameParcel.lineNo() == c.lineNo()) {
                    outcomes.add(DeliveryOutcome.already(c.line(), slip, trackingNo, "delivery.already.registered"));
                } else {
                    outcomes.add(DeliveryOutcome.refused(c.line(), slip, trackingNo, null, "error.delivery.trackingTaken",
                            sameParcel.slipNo()));
                }
                continue;
            }
            if (!carrier.active()) {
                outcomes.add(DeliveryOutcome.refused(c.line(), slip, trackingNo, null, "error.delivery.carrierInactive",
                        carrier.name()));
                continue;
            }
            if (state.status() != OrderStatus.DELIVERY_INSTRUCTED) {
                outcomes.add(DeliveryOutcome.refused(c.line(), slip, trackingNo, state.status(),
                        state.status() == OrderStatus.PAID ? "error.delivery.notInstructed" : "error.delivery.wrongStatus"));
                continue;
            }
            if (c.lineNo() > state.lines()) {
                outcomes.add(DeliveryOutcome.refused(c.line(), slip, trackingNo, null, "error.delivery.line"));
                continue;
            }
            Existing clash = existing.stream().filter(e -> e.orderId() == state.orderId()
                    && (e.lineNo() == c.lineNo() || e.lineNo() == 0 || c.lineNo() == 0)).findFirst().orElse(null);
            if (clash != null) {
                outcomes.add(DeliveryOutcome.refused(c.line(), slip, trackingNo, null, "error.delivery.orderShipped",
                        clash.trackingNo()));
                continue;
            }
            LocalDateTime shippedAt = now;
            if (c.dateText() != null && !c.dateText().isBlank()) {
                shippedAt = DeliveryDates.parse(c.dateText());
                if (shippedAt == null || shippedAt.isAfter(now.plusMinutes(5)) || shippedAt.isBefore(now.minusDays(90))) {
                    outcomes.add(DeliveryOutcome.refused(c.line(), slip, trackingNo, null, "error.delivery.shippedAt",
                            c.dateText()));
                    continue;
                }
            }
            LocalDate day = shippedAt.toLocalDate();
            if (settled.stream().anyMatch(p -> !day.isBefore(p[0]) && !day.isAfter(p[1]))) {
                outcomes.add(DeliveryOutcome.refused(c.line(), slip, trackingNo, null, "error.delivery.shippedInSettled",
                        day.toString()));
                continue;
            }
            int inserted = em.createNativeQuery("insert ignore into shipment (order_id, line_no, carrier_id, tracking_no,"
                            + " shipped_at, shipped_by, source) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                    .setParameter(1, state.orderId())
                    .setParameter(2, c.lineNo())
                    .setParameter(3, carrier.id())
                    .setParameter(4, trackingNo)
                    .setParameter(5, Timestamp.valueOf(shippedAt))
                    .setParameter(6, by)
                    .setParameter(7, source.name())
                    .executeUpdate();
            if (inserted == 0) {
                // another upload put the same parcel in meanwhile (unique keys): nothing twice
                outcomes.add(DeliveryOutcome.already(c.line(), slip, trackingNo, "delivery.already.registered"));
                continue;
            }
            existing.add(new Existing(state.orderId(), c.lineNo(), carrier.id(), trackingNo, slip));
            // ORD-04: the customer's 발송 mail with the carrier and tracking number, after this commits
            notifications.shipmentDispatched(state.orderId(), carrier.name(), trackingNo);
            outcomes.add(DeliveryOutcome.done(c.line(), slip, trackingNo));
        }
        return new DeliveryReport(outcomes);
    }

    private List<Existing> existing(List<Long> orderIds, Set<String> numbers) {
        List<Existing> found = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Consumer<List<Object[]>> add = rows -> rows.forEach(r -> {
            if (seen.add(((Number) r[0]).longValue())) {
                found.add(new Existing(((Number) r[1]).longValue(), ((Number) r[2]).intValue(),
                        ((Number) r[3]).longValue(), (String) r[4], (String) r[5]));
            }
        });
        String select = "select s.id, s.order_id, s.line_no, s.carrier_id, s.tracking_no, o.slip_no from shipment s"
                + " join customer_order o on o.id = s.order_id where ";
        List<Long> ids = new ArrayList<>(orderIds);
        for (int i = 0; i < ids.size(); i += 1000) {
            add.accept(em.createNativeQuery(select + "s.order_id in (?1)")
                    .setParameter(1, ids.subList(i, Math.min(ids.size(), i + 1000))).getResultList());
        }
        List<String> ns = new ArrayList<>(numbers);
        for (int i = 0; i < ns.size(); i += 1000) {
            add.accept(em.createNativeQuery(select + "s.tracking_no in (?1)")
                    .setParameter(1, ns.subList(i, Math.min(ns.size(), i + 1000))).getResultList());
        }
        return found;
    }

    private List<LocalDate[]> settledPeriods() {
        List<Object[]> rows = em.createNativeQuery("select period_from, period_to from delivery_fee_settlement"
                        + " where period_to >= ?1")
                .setParameter(1, Date.valueOf(LocalDate.now().minusDays(120)))
                .getResultList();
        return rows.stream().map(r -> new LocalDate[] {date(r[0]), date(r[1])}).toList();
    }

    /** Which form field a refusal of a typed parcel belongs to. */
    private static String fieldOf(String key) {
        if (key.startsWith("error.delivery.tracking")) {
            return "trackingNo";
        }
        if (key.startsWith("error.delivery.carrier")) {
            return "carrier";
        }
        if (key.equals("error.delivery.line") || key.equals("error.delivery.orderShipped")) {
            return "lineNo";
        }
        if (key.startsWith("error.delivery.shipped")) {
            return "shippedAt";
        }
        return "slipNo";
    }

    // ---------------------------------------------------------------- 배송완료

    /** 배송완료 of the selected slips, each in its own transaction; a slip without a parcel is refused. */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DeliveryReport confirm(List<String> slipNos) {
        List<String> slips = distinctSlips(slipNos);
        List<Candidate> rows = new ArrayList<>();
        for (int i = 0; i < slips.size(); i++) {
            rows.add(new Candidate(i + 1, slips.get(i), 0, null, null, null));
        }
        return confirmRows(rows);
    }

    /**
     * 배송완료 from a carrier's file: each row names the slip or the tracking number (with the
     * carrier when two carriers share a number) and optionally the delivered time.
     */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DeliveryReport uploadDeliveries(byte[] file) {
        return confirmRows(ShipmentFile.read(file).stream()
                .map(r -> new Candidate(r.line(), r.slip(), 0, r.carrier(), r.tracking(), r.date())).toList());
    }

    private DeliveryReport confirmRows(List<Candidate> rows) {
        String by = caller();
        List<CarrierView> carriers = carriers();
        Set<String> numbers = new HashSet<>();
        rows.stream().filter(c -> c.slipText() == null || c.slipText().isBlank())
                .map(c -> TrackingRule.normalize(c.trackingText())).filter(n -> !n.isEmpty() && n.length() <= 20)
                .forEach(numbers::add);
        List<Existing> byNumber = existing(List.of(), numbers);
        Map<Integer, String> slipOfRow = new LinkedHashMap<>();
        List<DeliveryOutcome> outcomes = new ArrayList<>();
        Map<Integer, DeliveryOutcome> early = new HashMap<>();
        for (Candidate c : rows) {
            if (c.slipText() != null && !c.slipText().isBlank()) {
                String slip = ShipmentFile.slipNumber(c.slipText());
                if (slip == null) {
                    early.put(c.line(), DeliveryOutcome.refused(c.line(), c.slipText(), null, null, "error.delivery.slipUnknown"));
                } else {
                    slipOfRow.put(c.line(), slip);
                }
                continue;
            }
            String n = TrackingRule.normalize(c.trackingText());
            if (n.isEmpty()) {
                early.put(c.line(), DeliveryOutcome.refused(c.line(), null, null, null, "error.delivery.slipMissing"));
                continue;
            }
            List<Existing> parcels = byNumber.stream().filter(e -> e.trackingNo().equals(n))
                    .filter(e -> c.carrierText() == null || c.carrierText().isBlank() || carriers.stream()
                            .anyMatch(cv -> cv.id() == e.carrierId() && cv.answersTo(c.carrierText())))
                    .toList();
            if (parcels.isEmpty()) {
                early.put(c.line(), DeliveryOutcome.refused(c.line(), null, n, null, "error.delivery.trackingUnknown"));
            } else if (parcels.stream().map(Existing::orderId).distinct().count() > 1) {
                early.put(c.line(), DeliveryOutcome.refused(c.line(), null, n, null, "error.delivery.trackingAmbiguous"));
            } else {
                slipOfRow.put(c.line(), parcels.get(0).slipNo());
            }
        }
        Map<String, OrderState> states = targets.states(new HashSet<>(slipOfRow.values()));
        Set<String> seen = new HashSet<>();
        for (Candidate c : rows) {
            if (early.containsKey(c.line())) {
                outcomes.add(early.get(c.line()));
                continue;
            }
            String slip = slipOfRow.get(c.line());
            String number = c.trackingText() == null ? null : TrackingRule.normalize(c.trackingText());
            OrderState state = states.get(slip);
            if (state == null) {
                outcomes.add(DeliveryOutcome.refused(c.line(), slip, number, null, "error.delivery.slipUnknown"));
                continue;
            }
            if (!seen.add(slip) || state.status() == OrderStatus.DELIVERED || state.status() == OrderStatus.COMPLETED) {
                outcomes.add(DeliveryOutcome.already(c.line(), slip, number, "delivery.already.delivered"));
                continue;
            }
            if (state.status() != OrderStatus.DELIVERY_INSTRUCTED) {
                outcomes.add(DeliveryOutcome.refused(c.line(), slip, number, state.status(),
                        state.status() == OrderStatus.PAID ? "error.delivery.notInstructed" : "error.delivery.wrongStatus"));
                continue;
            }
            LocalDateTime at = null;
            if (c.dateText() != null && !c.dateText().isBlank()) {
                at = DeliveryDates.parse(c.dateText());
                if (at == null) {
                    outcomes.add(DeliveryOutcome.refused(c.line(), slip, number, null, "error.delivery.deliveredAt"));
                    continue;
                }
            }
            try {
                steps.confirm(state.orderId(), slip, at, by);
                outcomes.add(DeliveryOutcome.done(c.line(), slip, number));
            } catch (IllegalOrderTransitionException e) {
                outcomes.add(e.from() == OrderStatus.DELIVERED
                        ? DeliveryOutcome.already(c.line(), slip, number, "delivery.already.delivered")
                        : DeliveryOutcome.refused(c.line(), slip, number, e.from(), "error.delivery.wrongStatus"));
            } catch (InvalidInputException e) {
                outcomes.add(DeliveryOutcome.refused(c.line(), slip, number, null, e.fieldErrors().values().iterator().next()));
            } catch (EJBException e) {
                outcomes.add(DeliveryOutcome.refused(c.line(), slip, number, null, "error.delivery.failed"));
            }
        }
        return new DeliveryReport(outcomes);
    }

    // ---------------------------------------------------------------- 종적조회

    /** The customer's own order's tracking; another member's slip finds nothing. */
    @RolesAllowed(Roles.CUSTOMER)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Tracking> trackingFor(long memberId, String slipNo) {
        return orders.detailFor(memberId, slipNo).map(order -> {
            List<Object[]> rows = em.createNativeQuery(SHIPMENT_VIEW + " where s.order_id = ?1 and o.member_id = ?2"
                            + " order by s.line_no")
                    .setParameter(1, order.orderId())
                    .setParameter(2, memberId)
                    .getResultList();
            return Tracking.of(order, rows.stream().map(DeliveryDesk::shipment).toList());
        });
    }

    // ---------------------------------------------------------------- 택배비 정산

    /** Parcels shipped in the period and not settled yet, per carrier, at today's fees. */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY, Roles.SETTLEMENT})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<FeeLine> feePreview(LocalDate from, LocalDate to) {
        checkPeriod(from, to, false);
        return unsettled(from, to);
    }

    /**
     * Closes the period: every unsettled parcel shipped in it is counted once at its carrier's
     * fee. Only ended days; a period overlapping a closed one is refused, and a parcel already
     * counted is never counted again.
     */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    public FeeSettlementView closeFees(LocalDate from, LocalDate to) {
        checkPeriod(from, to, true);
        em.createNativeQuery("select name from batch_lock where name = 'delivery-fees' for update").getResultList();
        List<Object[]> overlap = em.createNativeQuery("select id, period_from, period_to from delivery_fee_settlement"
                        + " where period_from <= ?1 and period_to >= ?2 order by id limit 1")
                .setParameter(1, Date.valueOf(to))
                .setParameter(2, Date.valueOf(from))
                .getResultList();
        if (!overlap.isEmpty()) {
            Object[] o = overlap.get(0);
            throw InvalidInputException.of("from", "error.delivery.feesOverlap", ((Number) o[0]).longValue(),
                    date(o[1]).toString(), date(o[2]).toString());
        }
        LocalDateTime now = LocalDateTime.now();
        em.createNativeQuery("insert into delivery_fee_settlement (period_from, period_to, parcels, total_fee, closed_by,"
                        + " closed_at) values (?1, ?2, 0, 0, ?3, ?4)")
                .setParameter(1, Date.valueOf(from)).setParameter(2, Date.valueOf(to))
                .setParameter(3, caller()).setParameter(4, Timestamp.valueOf(now))
                .executeUpdate();
        long id = ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
        // the parcels are claimed first and the sums taken from what was claimed: whatever comes in
        // meanwhile is either in both or in neither
        em.createNativeQuery("update shipment s join carrier c on c.id = s.carrier_id"
                        + " set s.settlement_id = ?1, s.fee = c.fee_per_parcel"
                        + " where s.shipped_at >= ?2 and s.shipped_at < ?3 and s.settlement_id is null")
                .setParameter(1, id)
                .setParameter(2, Timestamp.valueOf(from.atStartOfDay()))
                .setParameter(3, Timestamp.valueOf(to.plusDays(1).atStartOfDay()))
                .executeUpdate();
        em.createNativeQuery("insert into delivery_fee_line (settlement_id, carrier_id, parcels, fee_per_parcel, total_fee)"
                        + " select ?1, carrier_id, count(*), max(fee), sum(fee) from shipment where settlement_id = ?1"
                        + " group by carrier_id")
                .setParameter(1, id)
                .executeUpdate();
        em.createNativeQuery("update delivery_fee_settlement st set st.parcels = (select coalesce(sum(l.parcels), 0)"
                        + " from delivery_fee_line l where l.settlement_id = st.id), st.total_fee = (select"
                        + " coalesce(sum(l.total_fee), 0) from delivery_fee_line l where l.settlement_id = st.id)"
                        + " where st.id = ?1")
                .setParameter(1, id)
                .executeUpdate();
        return settlement(id).orElseThrow();
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY, Roles.SETTLEMENT})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<FeeSettlementView> settlements(int max) {
        List<?> ids = em.createNativeQuery("select id from delivery_fee_settlement order by period_from desc, id desc"
                        + " limit " + Math.min(Math.max(1, max), 500))
                .getResultList();
        return ids.stream().map(id -> settlement(((Number) id).longValue()).orElseThrow()).toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY, Roles.SETTLEMENT})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<FeeSettlementView> settlement(long id) {
        List<Object[]> head = em.createNativeQuery("select id, period_from, period_to, parcels, total_fee, closed_by,"
                        + " closed_at from delivery_fee_settlement where id = ?1")
                .setParameter(1, id).getResultList();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Object[] h = head.get(0);
        List<Object[]> rows = em.createNativeQuery("select l.carrier_id, c.name, l.parcels, l.fee_per_parcel, l.total_fee"
                        + " from delivery_fee_line l join carrier c on c.id = l.carrier_id where l.settlement_id = ?1"
                        + " order by c.sort_order, c.id")
                .setParameter(1, id).getResultList();
        List<FeeLine> lines = rows.stream().map(r -> new FeeLine(((Number) r[0]).longValue(), (String) r[1],
                ((Number) r[2]).longValue(), (BigDecimal) r[3], (BigDecimal) r[4])).toList();
        return Optional.of(new FeeSettlementView(id, date(h[1]), date(h[2]), ((Number) h[3]).longValue(),
                (BigDecimal) h[4], (String) h[5], time(h[6]), lines));
    }

    /** The settlement as an Excel workbook: the lines per carrier, then every parcel it counted. */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY, Roles.SETTLEMENT})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public byte[] settlementWorkbook(long id) {
        FeeSettlementView view = settlement(id)
                .orElseThrow(() -> InvalidInputException.of("settlement", "error.delivery.settlementUnknown"));
        var parcels = em.createNativeQuery("select o.slip_no, c.name, s.tracking_no, s.shipped_at, s.fee from shipment s"
                        + " join carrier c on c.id = s.carrier_id join customer_order o on o.id = s.order_id"
                        + " where s.settlement_id = ?1 order by s.shipped_at, s.id")
                .setParameter(1, id)
                .getResultStream();
        return FeeWorkbook.write(view, parcels);
    }

    private List<FeeLine> unsettled(LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createNativeQuery("select c.id, c.name, count(*), c.fee_per_parcel from shipment s"
                        + " join carrier c on c.id = s.carrier_id where s.shipped_at >= ?1 and s.shipped_at < ?2"
                        + " and s.settlement_id is null group by c.id, c.name, c.fee_per_parcel, c.sort_order"
                        + " order by c.sort_order, c.id")
                .setParameter(1, Timestamp.valueOf(from.atStartOfDay()))
                .setParameter(2, Timestamp.valueOf(to.plusDays(1).atStartOfDay()))
                .getResultList();
        return rows.stream().map(r -> {
            long parcels = ((Number) r[2]).longValue();
            BigDecimal fee = (BigDecimal) r[3];
            return new FeeLine(((Number) r[0]).longValue(), (String) r[1], parcels, fee,
                    fee.multiply(BigDecimal.valueOf(parcels)));
        }).toList();
    }

    private static void checkPeriod(LocalDate from, LocalDate to, boolean closing) {
        Checks checks = new Checks();
        checks.that(from != null, "from", "error.required").that(to != null, "to", "error.required");
        checks.throwIfAny();
        checks.that(!from.isAfter(to), "to", "error.delivery.period")
                .that(!to.isAfter(from.plusDays(366)), "to", "error.delivery.periodTooLong");
        if (closing) {
            checks.that(to.isBefore(LocalDate.now()), "to", "error.delivery.periodNotEnded");
        }
        checks.throwIfAny();
    }

    // ---------------------------------------------------------------- helpers

    private static List<String> distinctSlips(List<String> slipNos) {
        if (slipNos == null || slipNos.isEmpty()) {
            throw InvalidInputException.of("slips", "error.delivery.noSlips");
        }
        List<String> slips = slipNos.stream().filter(Objects::nonNull).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> Optional.ofNullable(ShipmentFile.slipNumber(s)).orElse(s.length() > 20 ? s.substring(0, 20) : s))
                .distinct().toList();
        if (slips.isEmpty()) {
            throw InvalidInputException.of("slips", "error.delivery.noSlips");
        }
        if (slips.size() > MAX_SLIPS) {
            throw InvalidInputException.of("slips", "error.delivery.tooManySlips", MAX_SLIPS);
        }
        return slips;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static String where(ShipmentQuery q) {
        StringBuilder sql = new StringBuilder(" where 1 = 1");
        if (q.from() != null) {
            sql.append(" and s.shipped_at >= :from");
        }
        if (q.to() != null) {
            sql.append(" and s.shipped_at < :to");
        }
        if (q.carrierId() != null) {
            sql.append(" and s.carrier_id = :carrier");
        }
        if (q.delivered() != null) {
            sql.append(q.delivered() ? " and s.delivered_at is not null" : " and s.delivered_at is null");
        }
        return sql.toString();
    }

    private static void bind(Query query, ShipmentQuery q) {
        if (q.from() != null) {
            query.setParameter("from", Timestamp.valueOf(q.from().atStartOfDay()));
        }
        if (q.to() != null) {
            query.setParameter("to", Timestamp.valueOf(q.to().plusDays(1).atStartOfDay()));
        }
        if (q.carrierId() != null) {
            query.setParameter("carrier", q.carrierId());
        }
    }

    private static ShipmentView shipment(Object[] r) {
        String url = (String) r[6];
        String number = (String) r[7];
        return new ShipmentView(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                ((Number) r[3]).intValue(), ((Number) r[4]).longValue(), (String) r[5],
                number, url.replace(Carrier.PLACEHOLDER, number), time(r[8]), (String) r[9],
                ShipmentSource.valueOf((String) r[10]), time(r[11]), (String) r[12],
                r[13] == null ? null : ((Number) r[13]).longValue(), (BigDecimal) r[14], (String) r[15],
                OrderStatus.valueOf((String) r[16]));
    }

    static LocalDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
