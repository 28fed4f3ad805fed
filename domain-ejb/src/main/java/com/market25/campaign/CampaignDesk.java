package com.market25.campaign;

import com.market25.common.InvalidInputException;
import com.market25.common.LocalJdbc;
import com.market25.infrastructure.ContainerResources;
import com.market25.staff.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Campaigns (MKT-03, MKT-04, MKT-07, MKT-08): the plan and its approval, the targets drawn into
 * treatment and control, and what the campaign earned. Marketing plans, draws, starts and closes;
 * only 운영자 (ADMIN) approves; 조회전용 may look. Every step is logged with who and when.
 *
 * <p>Set-based work on a plain connection in a local READ COMMITTED transaction ({@link LocalJdbc}):
 * a draw over a million customers locks no customer or purchase rows.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CampaignDesk {

    /** campaign.control_ratio: at most nine in ten customers can be held back. */
    static final BigDecimal MAX_CONTROL_RATIO = new BigDecimal("0.9");
    static final int NOTE_MAX = 500;

    private static final SecureRandom SEEDS = new SecureRandom();

    @Resource(lookup = ContainerResources.DATABASE)
    private DataSource db;

    @Resource
    private SessionContext context;

    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public CampaignView create(CampaignPlan plan) {
        plan.check(LocalDate.now());
        String by = caller();
        long id = LocalJdbc.readCommitted(db, c -> {
            LocalDateTime now = LocalDateTime.now();
            long created = CampaignStore.insert(c, plan, by, now);
            CampaignStore.log(c, created, CampaignAction.CREATED, null, CampaignStatus.DRAFT, by, now,
                    plan.recordedAfter() ? "recorded after the fact" : null);
            return created;
        });
        return find(id).orElseThrow();
    }

    /** Changes a draft's plan at the version staff saw (someone else's change first → {@code error.campaign.stale}). */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public CampaignView change(long id, int version, CampaignPlan plan) {
        CampaignView current = require(id);
        if (!current.status().editable()) {
            throw InvalidInputException.of("campaign", "error.campaign.notEditable");
        }
        new CampaignPlan(plan.name(), plan.type(), plan.startDate(), plan.endDate(), plan.responseWindowDays(), plan.budget(),
                plan.residualValue(), plan.targetRevenue(), plan.channels(), current.recordedAfter()).check(LocalDate.now());
        String by = caller();
        LocalJdbc.readCommitted(db, c -> {
            LocalDateTime now = LocalDateTime.now();
            if (!CampaignStore.update(c, id, version, plan, by, now)) {
                throw InvalidInputException.of("campaign", "error.campaign.stale");
            }
            CampaignStore.log(c, id, CampaignAction.CHANGED, CampaignStatus.DRAFT, CampaignStatus.DRAFT, by, now, null);
            return null;
        });
        return find(id).orElseThrow();
    }

    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public Optional<CampaignView> find(long id) {
        return LocalJdbc.readCommitted(db, c -> CampaignStore.find(c, id, false));
    }

    /** A page of campaigns (newest start first), optionally one status and a part of the name. */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public List<CampaignView> page(CampaignStatus status, String name, int first, int size) {
        return LocalJdbc.readCommitted(db, c -> CampaignStore.page(c, status, name, Math.max(0, first), Math.min(Math.max(1, size), 500)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public long count(CampaignStatus status, String name) {
        return LocalJdbc.readCommitted(db, c -> CampaignStore.count(c, status, name));
    }

    /** The calendar: campaigns running on any day of the period. */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public List<CampaignView> between(LocalDate from, LocalDate to) {
        return LocalJdbc.readCommitted(db, c -> CampaignStore.between(c, from, to));
    }

    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public List<CampaignEventLine> events(long id) {
        return LocalJdbc.readCommitted(db, c -> CampaignStore.events(c, id));
    }

    /** 승인 요청: a draft with its targets drawn goes to an approver. */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public CampaignView requestApproval(long id, String note) {
        return step(id, CampaignStatus.DRAFT, CampaignStatus.APPROVAL_REQUESTED, CampaignAction.APPROVAL_REQUESTED, note, true);
    }

    @RolesAllowed(Roles.ADMIN)
    public CampaignView approve(long id, String note) {
        return step(id, CampaignStatus.APPROVAL_REQUESTED, CampaignStatus.APPROVED, CampaignAction.APPROVED, note, false);
    }

    /** Back to draft, with the reason (required). */
    @RolesAllowed(Roles.ADMIN)
    public CampaignView reject(long id, String note) {
        if (note == null || note.isBlank()) {
            throw InvalidInputException.of("note", "error.campaign.rejectNote");
        }
        return step(id, CampaignStatus.APPROVAL_REQUESTED, CampaignStatus.DRAFT, CampaignAction.REJECTED, note, false);
    }

    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public CampaignView start(long id) {
        return step(id, CampaignStatus.APPROVED, CampaignStatus.RUNNING, CampaignAction.STARTED, null, true);
    }

    /** A campaign run outside the system, its targets and groups in place, is recorded as run (no approval: it happened). */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public CampaignView recordAsRun(long id) {
        if (!require(id).recordedAfter()) {
            throw InvalidInputException.of("campaign", "error.campaign.notRecordedAfter");
        }
        return step(id, CampaignStatus.DRAFT, CampaignStatus.RUNNING, CampaignAction.RECORDED, null, true);
    }

    /** 종료: the ROI is frozen with today's date; later purchases no longer move it. */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public CampaignView close(long id) {
        String by = caller();
        LocalJdbc.readCommitted(db, c -> {
            CampaignView campaign = CampaignStore.find(c, id, true)
                    .orElseThrow(() -> InvalidInputException.of("campaign", "error.campaign.unknown"));
            LocalDateTime now = LocalDateTime.now();
            if (!CampaignStore.move(c, id, CampaignStatus.RUNNING, CampaignStatus.CLOSED, by, now)) {
                throw InvalidInputException.of("campaign", "error.campaign.wrongStatus");
            }
            CampaignStore.freeze(c, id, CampaignStore.liveGroups(c, campaign), CampaignStore.liveCost(c, id), by, now.toLocalDate());
            CampaignStore.log(c, id, CampaignAction.CLOSED, CampaignStatus.RUNNING, CampaignStatus.CLOSED, by, now, null);
            return null;
        });
        return find(id).orElseThrow();
    }

    private CampaignView step(long id, CampaignStatus from, CampaignStatus to, CampaignAction action, String note,
            boolean needsTargets) {
        String trimmed = note == null || note.isBlank() ? null : note.trim();
        if (trimmed != null && trimmed.codePointCount(0, trimmed.length()) > NOTE_MAX) {
            throw InvalidInputException.of("note", "error.tooLong");
        }
        String by = caller();
        LocalJdbc.readCommitted(db, c -> {
            CampaignStore.find(c, id, true).orElseThrow(() -> InvalidInputException.of("campaign", "error.campaign.unknown"));
            if (needsTargets && CampaignStore.summary(c, id).map(s -> s.treatment() + s.control()).orElse(0L) == 0) {
                throw InvalidInputException.of("targets", "error.campaign.noTargets");
            }
            LocalDateTime now = LocalDateTime.now();
            if (!CampaignStore.move(c, id, from, to, by, now)) {
                throw InvalidInputException.of("campaign", "error.campaign.wrongStatus");
            }
            CampaignStore.log(c, id, action, from, to, by, now, trimmed);
            return null;
        });
        return find(id).orElseThrow();
    }

    /**
     * Draws the targets of a draft again from the sources (MKT-04): duplicates and exclusions
     * counted out, the rest split at the ratio by the seed (a new one when none is given; it is
     * stored, so the same request with it draws the same groups).
     */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public TargetSummary drawTargets(long id, TargetDrawRequest request) {
        if (request.sources() == null || request.sources().isEmpty()) {
            throw InvalidInputException.of("sources", "error.campaign.sources");
        }
        BigDecimal ratio = request.controlRatio() == null ? BigDecimal.ZERO : request.controlRatio();
        if (ratio.signum() < 0 || ratio.compareTo(MAX_CONTROL_RATIO) > 0 || ratio.stripTrailingZeros().scale() > 4) {
            throw InvalidInputException.of("controlRatio", "error.campaign.ratio");
        }
        long seed = request.seed() != null ? request.seed() : SEEDS.nextLong() & 0x7fff_ffff_ffffL;
        TargetDrawRequest checked = new TargetDrawRequest(request.sources(), ratio, seed, request.stratified());
        String by = caller();
        return LocalJdbc.readCommitted(db, c -> {
            CampaignView campaign = CampaignStore.find(c, id, true)
                    .orElseThrow(() -> InvalidInputException.of("campaign", "error.campaign.unknown"));
            if (!campaign.status().editable()) {
                throw InvalidInputException.of("campaign", "error.campaign.notEditable");
            }
            LocalDateTime now = LocalDateTime.now();
            TargetSummary summary = CampaignStore.draw(c, campaign, checked, seed, now);
            CampaignStore.log(c, id, CampaignAction.TARGETS_DRAWN, campaign.status(), campaign.status(), by, now,
                    truncate(CampaignStore.describe(checked) + " → " + summary.treatment() + "/" + summary.control()
                            + (summary.seed() == null ? " (groups as uploaded)" : " seed " + seed + " ratio " + ratio.toPlainString()
                            + (checked.stratified() ? " stratified by RFM cell" : ""))));
            return summary;
        });
    }

    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public Optional<TargetSummary> targets(long id) {
        return LocalJdbc.readCommitted(db, c -> CampaignStore.summary(c, id));
    }

    /** {@code customer_id,group} per target (personal data: not for 조회전용). */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public void writeTargetsCsv(long id, Appendable out) {
        require(id);
        LocalJdbc.readCommitted(db, c -> {
            append(out, "customer_id,group\r\n");
            CampaignStore.forEachTarget(c, id, (customer, group) ->
                    append(out, com.market25.common.Csv.field(customer) + "," + group.name() + "\r\n"));
            return null;
        });
    }

    /** What the campaign earned: frozen figures once closed, else as of now. */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public CampaignRoi roi(long id) {
        return LocalJdbc.readCommitted(db, c -> {
            CampaignView campaign = CampaignStore.find(c, id, false)
                    .orElseThrow(() -> InvalidInputException.of("campaign", "error.campaign.unknown"));
            List<ChannelResponse> channels = CampaignStore.channelResponses(c, id);
            Optional<CampaignStore.Frozen> frozen = CampaignStore.frozen(c, id);
            if (frozen.isPresent()) {
                CampaignStore.Frozen f = frozen.get();
                return new CampaignRoi(campaign, f.groups(), f.cost().amount(), f.cost().messages(), channels, f.on());
            }
            CampaignStore.Cost cost = CampaignStore.liveCost(c, id);
            return new CampaignRoi(campaign, CampaignStore.liveGroups(c, campaign), cost.amount(), cost.messages(), channels, null);
        });
    }

    private CampaignView require(long id) {
        return find(id).orElseThrow(() -> InvalidInputException.of("campaign", "error.campaign.unknown"));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static String truncate(String note) {
        return note.length() <= NOTE_MAX ? note : note.substring(0, NOTE_MAX - 1) + "…";
    }

    private static void append(Appendable out, String text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
