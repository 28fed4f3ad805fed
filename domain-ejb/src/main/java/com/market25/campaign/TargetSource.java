package com.market25.campaign;

import java.util.List;
import java.util.Map;

/** One source of a campaign's targets (MKT-04). Several can be drawn together; duplicates count once. */
public sealed interface TargetSource {

    /** The members of a saved segment as last evaluated. */
    record Segment(long segmentId) implements TargetSource {
    }

    /** The customers of some cells (e.g. 555, 554) of an RFM snapshot. */
    record RfmCells(long snapshotId, List<Integer> cells) implements TargetSource {
    }

    /** Customers who responded (bought in the response window) to another campaign. */
    record Responders(long campaignId) implements TargetSource {
    }

    /**
     * An uploaded list of customer ids as exports write them (an imported customer's id from its
     * file, else the customer number). With {@code groups} for every id the groups are taken as
     * given (a campaign run outside the system), else they are drawn.
     */
    record CustomerList(List<String> customerIds, Map<String, TargetGroup> groups) implements TargetSource {
    }
}
