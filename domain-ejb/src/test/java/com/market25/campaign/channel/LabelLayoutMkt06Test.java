package com.market25.campaign.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** MKT-06: 14 labels of 99.1 × 38.1 mm on A4, as Formtec / Avery L7163 sheets. */
class LabelLayoutMkt06Test {

    @Test
    void fourteenLabelsFillTheSheetExactly() {
        assertEquals(14, LabelLayout.PER_PAGE);
        // side margins, two labels and the gap between them: the sheet's width
        assertEquals(210.0, 2 * LabelLayout.SIDE_MARGIN + 2 * LabelLayout.LABEL_WIDTH + LabelLayout.COLUMN_GAP, 1e-9);
        assertEquals(297.0, 2 * LabelLayout.TOP_MARGIN + 7 * LabelLayout.LABEL_HEIGHT, 1e-9);
    }

    @Test
    void labelsGoRowByRowLeftToRight() {
        assertEquals(new LabelLayout.Slot(0, 0, 0, 4.65, 15.15), LabelLayout.slot(0));
        assertEquals(new LabelLayout.Slot(0, 1, 0, 106.25, 15.15), LabelLayout.slot(1));
        assertEquals(new LabelLayout.Slot(0, 0, 1, 4.65, 53.25), LabelLayout.slot(2));
        assertEquals(new LabelLayout.Slot(0, 1, 6, 106.25, 243.75), LabelLayout.slot(13));
        LabelLayout.Slot last = LabelLayout.slot(13);
        assertEquals(297.0 - LabelLayout.TOP_MARGIN, last.top() + LabelLayout.LABEL_HEIGHT, 1e-9, "bottom margin");
        assertEquals(new LabelLayout.Slot(1, 0, 0, 4.65, 15.15), LabelLayout.slot(14), "the 15th starts sheet 2");
    }

    @Test
    void sheetsNeeded() {
        assertEquals(0, LabelLayout.pages(0));
        assertEquals(1, LabelLayout.pages(1));
        assertEquals(1, LabelLayout.pages(14));
        assertEquals(2, LabelLayout.pages(15));
        assertEquals(72, LabelLayout.pages(1000));
    }
}
