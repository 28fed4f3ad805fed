package com.market25.admin.staff;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StaffFilterPathsTest {

    @Test
    void onlyLoginAndFacesResourcesAreOpen() {
        assertTrue(StaffFilter.isOpen("/login.xhtml"));
        assertTrue(StaffFilter.isOpen("/jakarta.faces.resource/core.js.xhtml"));
        assertFalse(StaffFilter.isOpen("/slips.xhtml"));
        assertFalse(StaffFilter.isOpen("/"));
        assertFalse(StaffFilter.isOpen("/login.xhtml/../slips.xhtml"));
        assertFalse(StaffFilter.isOpen("/loginx.xhtml"));
    }
}
