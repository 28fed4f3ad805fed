package com.market25.shop.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** What a visitor typed goes back into a form's value attribute (SEC: escape what users type). */
class HtmlTest {

    @Test
    void typedMarkupAndQuotesCannotLeaveTheValueAttribute() {
        assertEquals("&#034;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; O&#039;Neil",
                Html.escape("\"><script>alert(1)</script> & O'Neil"));
    }

    @Test
    void plainKoreanTextIsReturnedAsItIs() {
        String name = "김미란 010-1234-5678";
        assertSame(name, Html.escape(name));
    }
}
