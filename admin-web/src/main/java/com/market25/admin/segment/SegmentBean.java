package com.market25.admin.segment;

import com.market25.admin.i18n.Texts;
import com.market25.common.InvalidInputException;
import com.market25.customer.FieldDefinition;
import com.market25.rfm.RfmDesk;
import com.market25.rfm.SnapshotView;
import com.market25.segment.FieldGroup;
import com.market25.segment.QueryBox;
import com.market25.segment.QueryRefusedException;
import com.market25.segment.QueryResult;
import com.market25.segment.RuleGroup;
import com.market25.segment.SegmentDesk;
import com.market25.segment.SegmentField;
import com.market25.segment.SegmentOrigin;
import com.market25.segment.SegmentRule;
import com.market25.segment.SegmentView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * 세그먼트 (MKT-02): the point-and-click builder (groups with AND / OR / NOT, nested; the count
 * follows every change), saved segments with their last evaluation, and the read-only query box.
 * The rule and its SQL are the domain's ({@link SegmentDesk}); this bean holds the form.
 */
@Named
@ViewScoped
public class SegmentBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One line of the builder: a group's header or a condition, indented by its depth. */
    public record Row(RuleNode node, int depth, RuleNode parent) implements Serializable {
    }

    @EJB
    private SegmentDesk segments;

    @EJB
    private RfmDesk rfm;

    @EJB
    private QueryBox queryBox;

    /** the user-defined fields by code (inactive ones too, for loaded rules), shared with every node */
    private final LinkedHashMap<String, FieldDefinition> userFields = new LinkedHashMap<>();
    private RuleNode root;
    private List<Row> rows = List.of();
    private String name;
    private Long count;
    private String countError;
    private List<SegmentView> saved = List.of();
    private List<SnapshotView> snapshots = List.of();

    private String sql = "SELECT m.member_no, m.name, c.frequency, c.monetary\nFROM member m JOIN rfm_customer_current c ON c.customer_id = m.id\nORDER BY c.monetary DESC";
    private QueryResult result;

    @PostConstruct
    void init() {
        segments.userFields().forEach(f -> userFields.put(f.code(), f));
        // an empty AND group: everyone, until the first condition is added
        root = RuleNode.newGroup(userFields);
        flatten();
        saved = segments.list();
        snapshots = rfm.snapshots();
        recount();
    }

    private void flatten() {
        List<Row> out = new ArrayList<>();
        walk(root, 0, null, out);
        rows = out;
    }

    private static void walk(RuleNode node, int depth, RuleNode parent, List<Row> out) {
        out.add(new Row(node, depth, parent));
        if (node.isGroup()) {
            for (RuleNode part : node.parts()) {
                walk(part, depth + 1, node, out);
            }
        }
    }

    public void addCondition(Row row) {
        row.node().parts().add(RuleNode.newCondition(userFields));
        flatten();
        recount();
    }

    public void addGroup(Row row) {
        RuleNode group = RuleNode.newGroup(userFields);
        group.setLogic("OR");
        group.parts().add(RuleNode.newCondition(userFields));
        row.node().parts().add(group);
        flatten();
        recount();
    }

    public void remove(Row row) {
        if (row.parent() != null) {
            row.parent().parts().remove(row.node());
            flatten();
            recount();
        }
    }

    /** The live count: how many customers the rule as it stands picks. */
    public void recount() {
        try {
            count = segments.count(root.toRule());
            countError = null;
        } catch (InvalidInputException e) {
            count = null;
            // the domain's reason (an unknown option of a user-defined field says so)
            countError = Texts.domain(e.fieldErrors().values().stream().findFirst().orElse("error.segment.rule"));
        }
    }

    public void save() {
        try {
            SegmentView view = segments.create(name, root.toRule(), SegmentOrigin.BUILDER);
            Texts.info(null, Texts.ui("segment.saved", view.name(), view.memberCount(), view.id()));
            saved = segments.list();
            name = null;
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> Texts.error(null, Texts.domain(key)));
        }
    }

    public void evaluate(SegmentView view) {
        SegmentView again = segments.evaluate(view.id());
        Texts.info(null, Texts.ui("segment.evaluated", again.name(), again.memberCount()));
        saved = segments.list();
    }

    /** Loads a saved segment's rule into the builder (saving makes a new segment). */
    public void edit(SegmentView view) {
        SegmentRule rule = view.rule();
        root = RuleNode.of(rule instanceof RuleGroup ? rule : RuleGroup.all(rule), userFields);
        name = view.name();
        flatten();
        recount();
    }

    public StreamedContent download(SegmentView view) {
        long id = view.id();
        return DefaultStreamedContent.builder()
                .name("segment-" + id + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .writer(out -> {
                    try {
                        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                        segments.writeMembersCsv(id, w);
                        w.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
    }

    public void runQuery() {
        result = null;
        try {
            result = queryBox.run(sql);
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> Texts.error(null, Texts.domain(key)));
        } catch (QueryRefusedException e) {
            Texts.error(null, Texts.domain("error.query.refused", e.getMessage()));
        }
    }

    /**
     * The fields by section, labelled in the screen's language; the user-defined section lists each
     * active field by its label (and a switched-off one the rule already names, so it still shows).
     */
    public List<SelectItem> getFieldItems() {
        List<SelectItem> items = new ArrayList<>();
        for (FieldGroup group : FieldGroup.values()) {
            SelectItem[] fields = group == FieldGroup.USER ? userFieldItems() : Arrays.stream(SegmentField.values())
                    .filter(f -> f.group() == group)
                    .map(f -> new SelectItem(f.name(), Texts.domain(f.labelKey())))
                    .toArray(SelectItem[]::new);
            if (fields.length > 0) {
                items.add(new SelectItemGroup(Texts.domain("segment.group." + group.name()), null, false, fields));
            }
        }
        return items;
    }

    private SelectItem[] userFieldItems() {
        Set<String> named = new HashSet<>();
        rows.forEach(r -> {
            if (r.node().isUserField()) {
                named.add(r.node().getField());
            }
        });
        return userFields.values().stream()
                .filter(f -> f.active() || named.contains(RuleNode.USER_PREFIX + f.code()))
                .map(f -> new SelectItem(RuleNode.USER_PREFIX + f.code(),
                        f.active() ? f.label() : Texts.ui("segment.userField.inactive", f.label())))
                .toArray(SelectItem[]::new);
    }

    /** A code-list field's options, by their labels. */
    public List<SelectItem> userOptions(RuleNode node) {
        FieldDefinition field = node.getUserField();
        return field == null ? List.of()
                : field.options().stream().map(o -> new SelectItem(o.code(), o.label())).toList();
    }

    public RuleNode.UserMatch[] getUserMatches() {
        return RuleNode.UserMatch.values();
    }

    public List<SelectItem> options(RuleNode node) {
        SegmentField field = node.getFieldValue();
        return field.options().stream()
                .map(o -> new SelectItem(o, Texts.domain("segment.option." + field.name() + "." + o)))
                .toList();
    }

    public String hint(RuleNode node) {
        return Texts.ui("segment.hint." + node.getFieldValue().name());
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getCount() {
        return count;
    }

    public String getCountError() {
        return countError;
    }

    public List<SegmentView> getSaved() {
        return saved;
    }

    public List<SnapshotView> getSnapshots() {
        return snapshots;
    }

    public String getSql() {
        return sql;
    }

    public void setSql(String sql) {
        this.sql = sql;
    }

    public QueryResult getResult() {
        return result;
    }
}
