package com.market25.campaign.channel;

/**
 * Where the address labels sit on a sheet (MKT-06): A4 (210 × 297 mm) with 14 labels of
 * 99.1 × 38.1 mm, 2 across and 7 down, as Formtec / Avery L7163 sheets: 15.15 mm top and bottom
 * margin, 4.65 mm side margin, 2.5 mm between the columns, none between the rows. Labels are
 * filled row by row, left to right. All lengths in millimetres, y measured from the top edge.
 */
public final class LabelLayout {

    public static final double PAGE_WIDTH = 210.0;
    public static final double PAGE_HEIGHT = 297.0;
    public static final double LABEL_WIDTH = 99.1;
    public static final double LABEL_HEIGHT = 38.1;
    public static final int COLUMNS = 2;
    public static final int ROWS = 7;
    public static final int PER_PAGE = COLUMNS * ROWS;
    public static final double TOP_MARGIN = 15.15;
    public static final double SIDE_MARGIN = 4.65;
    public static final double COLUMN_GAP = 2.5;

    /** The top-left corner of one label, in millimetres from the page's top-left corner. */
    public record Slot(int page, int column, int row, double x, double top) {
    }

    private LabelLayout() {
    }

    /** The slot of the n-th label (from 0). */
    public static Slot slot(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("label " + index);
        }
        int page = index / PER_PAGE;
        int onPage = index % PER_PAGE;
        int row = onPage / COLUMNS;
        int column = onPage % COLUMNS;
        double x = SIDE_MARGIN + column * (LABEL_WIDTH + COLUMN_GAP);
        double top = TOP_MARGIN + row * LABEL_HEIGHT;
        return new Slot(page, column, row, round(x), round(top));
    }

    /** Sheets needed for this many labels. */
    public static int pages(int labels) {
        return labels <= 0 ? 0 : (labels + PER_PAGE - 1) / PER_PAGE;
    }

    private static double round(double mm) {
        return Math.round(mm * 1000) / 1000.0;
    }
}
