package com.market25.admin.imports;

import com.market25.admin.i18n.Texts;
import com.market25.admin.staff.StaffSession;
import com.market25.common.InvalidInputException;
import com.market25.customerimport.CandidateStatus;
import com.market25.customerimport.MergeCandidate;
import com.market25.customerimport.MergeRecord;
import com.market25.customerimport.MergeReview;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * 중복 고객 검토 (MEM-03): the doubtful pairs imports found, merged or kept apart by staff, and
 * the merges (automatic or by staff), each of which can be undone. The rules and the moves are
 * the domain's ({@link MergeReview}).
 */
@Named
@ViewScoped
public class MergeReviewBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MergeReview review;

    @Inject
    private StaffSession staff;

    private final Candidates candidates = new Candidates();
    private final Merges merges = new Merges();

    public void merge(long candidateId, long keptId) {
        try {
            MergeRecord m = review.merge(candidateId, keptId, staff.loginId());
            Texts.info(null, Texts.ui("merge.done", m.mergedNo(), m.keptNo()));
        } catch (InvalidInputException e) {
            e.fieldErrors().values().forEach(key -> Texts.error(null, Texts.domain(key)));
        }
    }

    public void keepApart(long candidateId) {
        try {
            review.keepApart(candidateId, staff.loginId());
            Texts.info(null, Texts.ui("merge.keptApart"));
        } catch (InvalidInputException e) {
            e.fieldErrors().values().forEach(key -> Texts.error(null, Texts.domain(key)));
        }
    }

    public void undo(long mergeId) {
        try {
            MergeRecord m = review.undo(mergeId, staff.loginId());
            Texts.info(null, Texts.ui("merge.undone", m.mergedNo(), m.keptNo()));
        } catch (InvalidInputException e) {
            e.fieldErrors().values().forEach(key -> Texts.error(null, Texts.domain(key)));
        }
    }

    public String ruleLabel(String rule) {
        return rule == null ? "" : Texts.ui("merge.rule." + rule);
    }

    public Candidates getCandidates() {
        return candidates;
    }

    public Merges getMerges() {
        return merges;
    }

    /** Open pairs, newest first: what the last import found comes first. */
    public class Candidates extends LazyDataModel<MergeCandidate> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, review.candidateCount(CandidateStatus.OPEN));
        }

        @Override
        public List<MergeCandidate> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return review.candidates(CandidateStatus.OPEN, first, pageSize);
        }

        @Override
        public String getRowKey(MergeCandidate c) {
            return Long.toString(c.id());
        }
    }

    /** Merges, newest first. */
    public class Merges extends LazyDataModel<MergeRecord> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, review.mergeCount());
        }

        @Override
        public List<MergeRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return review.merges(first, pageSize);
        }

        @Override
        public String getRowKey(MergeRecord m) {
            return Long.toString(m.id());
        }
    }
}
