package com.market25.segment;

import com.market25.common.InvalidInputException;
import com.market25.common.LocalJdbc;
import com.market25.customer.FieldDefinition;
import com.market25.customer.FieldDefinitions;
import com.market25.infrastructure.ContainerResources;
import com.market25.staff.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Segments (MKT-02): the builder's live count, saving a rule with its name and owner, working out
 * its members on demand (and nightly, {@link com.market25.rfm.RfmNightly}), each evaluation kept
 * with its date. Marketing and administrators change; 조회전용 may look.
 *
 * <p>Set-based and outside container transactions: members are written by one INSERT … SELECT in
 * a local READ COMMITTED transaction ({@link LocalJdbc}), which locks no customer or purchase rows.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SegmentDesk {

    public static final int NAME_MAX = 100;

    @Resource(lookup = ContainerResources.DATABASE)
    private DataSource db;

    @Resource
    private SessionContext context;

    /** How many customers the rule picks, for the builder's count as the rule changes. */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public long count(SegmentRule rule) {
        return LocalJdbc.readCommitted(db, c -> SegmentStore.count(c, rule, LocalDate.now()));
    }

    /**
     * Saves the rule under {@code name}, owned by the caller, and works out its members at once.
     *
     * @throws InvalidInputException {@code name} / {@code error.segment.name}; {@code rule} /
     *         {@code error.segment.rule}
     */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public SegmentView create(String name, SegmentRule rule, SegmentOrigin origin) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > NAME_MAX) {
            throw InvalidInputException.of("name", "error.segment.name");
        }
        String owner = context.getCallerPrincipal().getName();
        long id = LocalJdbc.readCommitted(db, c -> {
            LocalDateTime now = LocalDateTime.now();
            SegmentStore.where(c, rule, now.toLocalDate()); // refuses a bad rule before anything is written
            long created = SegmentStore.insert(c, trimmed, owner, origin, rule, now);
            SegmentStore.evaluate(c, created, EvaluationTrigger.CREATED, owner, now);
            return created;
        });
        return find(id).orElseThrow();
    }

    /** Works out the segment's members again, now. */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public SegmentView evaluate(long id) {
        find(id).orElseThrow(() -> InvalidInputException.of("segment", "error.segment.unknown"));
        String by = context.getCallerPrincipal().getName();
        LocalJdbc.readCommitted(db, c -> SegmentStore.evaluate(c, id, EvaluationTrigger.ON_DEMAND, by, LocalDateTime.now()));
        return find(id).orElseThrow();
    }

    /**
     * Every saved segment again (the nightly job), each in its own transaction, oldest first.
     *
     * @return how many segments were evaluated
     */
    @PermitAll
    public int evaluateAll(String by) {
        List<Long> ids = LocalJdbc.readCommitted(db, SegmentStore::ids);
        for (long id : ids) {
            LocalJdbc.readCommitted(db, c -> SegmentStore.evaluate(c, id, EvaluationTrigger.NIGHTLY, by, LocalDateTime.now()));
        }
        return ids.size();
    }

    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public Optional<SegmentView> find(long id) {
        return LocalJdbc.readCommitted(db, c -> SegmentStore.find(c, id));
    }

    /**
     * The user-defined fields with their types and options, inactive ones too (a saved rule may
     * name one); the builder offers the active ones.
     */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public List<FieldDefinition> userFields() {
        return LocalJdbc.readCommitted(db, c -> FieldDefinitions.read(c, false));
    }

    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public List<SegmentView> list() {
        return LocalJdbc.readCommitted(db, c -> SegmentStore.list(c, 500));
    }

    /** The members' customer ids, streamed (exports: personal data, so not for 조회전용). */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public void forEachMember(long id, Consumer<String> customerId) {
        find(id).orElseThrow(() -> InvalidInputException.of("segment", "error.segment.unknown"));
        LocalJdbc.readCommitted(db, c -> {
            SegmentStore.forEachMember(c, id, customerId);
            return null;
        });
    }

    /** Writes the members as CSV ({@code customer_id}) to {@code out}. */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public void writeMembersCsv(long id, Appendable out) {
        try {
            out.append("customer_id\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        forEachMember(id, customerId -> {
            try {
                out.append(com.market25.common.Csv.field(customerId)).append("\r\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
