package com.market25.segment;

/** How a segment was made. */
public enum SegmentOrigin {
    /** the point-and-click builder */
    BUILDER,
    /** a click on a cell of an RFM cross-tab */
    RFM_CELL,
    /** the JSON API */
    API
}
