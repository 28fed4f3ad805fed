package com.market25.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.market25.common.InvalidInputException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** MEM-01: every field of the staff form is checked against its column, all at once. */
class CustomerFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static CustomerForm form(String name, String phone, String email, String birthDate) {
        return new CustomerForm(name, phone, email, null, null, null, birthDate, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    private static Map<String, String> errors(CustomerForm form) {
        return assertThrows(InvalidInputException.class, () -> form.check(TODAY)).fieldErrors();
    }

    @Test
    void mem01_aProspectWithNameAndPhoneInAnyFormatIsFine() {
        CustomerData data = form(" 홍길동 ", "+82 10 1234 5678", "", "1980.05.17").check(TODAY);
        assertEquals("홍길동", data.name());
        assertEquals("+82 10 1234 5678", data.phone());
        assertNull(data.email());
        assertEquals(LocalDate.of(1980, 5, 17), data.birthDate());
        assertNull(data.type(), "no member type given: the customer keeps theirs");
    }

    @Test
    void mem01_everyWrongFieldIsNamedAtOnce() {
        Map<String, String> errors = errors(new CustomerForm("가".repeat(61), "12", "hong", "12-34", "주소",
                null, "2030-01-01", "X", "GOLD", null, null, null, null, "없음", null, null, null, "WIDOWED",
                "2001-01-01", null, "RICH"));
        assertEquals("error.tooLong.60", errors.get("name"));
        assertEquals("error.phone", errors.get("phone"));
        assertEquals("error.email", errors.get("email"));
        assertEquals("error.postalCode", errors.get("postalCode"));
        assertEquals("error.customer.dateInFuture", errors.get("birthDate"));
        assertEquals("error.customer.choice", errors.get("gender"));
        assertEquals("error.customer.choice", errors.get("memberType"));
        assertEquals("error.phone", errors.get("workPhone"));
        assertEquals("error.customer.choice", errors.get("maritalStatus"));
        assertEquals("error.customer.choice", errors.get("incomeBand"));
    }

    @Test
    void mem01_someWayToReachTheCustomerIsRequired() {
        assertEquals("error.customer.noContact", errors(form("홍길동", null, " ", null)).get("phone"));
        assertEquals("error.required", errors(form(" ", "010-1234-5678", null, null)).get("name"));
    }

    @Test
    void mem01_datesMustBeRealDates() {
        assertEquals("error.customer.date", errors(form("홍길동", "01012345678", null, "1980-02-30")).get("birthDate"));
        assertEquals("error.birthDate", errors(form("홍길동", "01012345678", null, "1899-12-31")).get("birthDate"));
    }

    @Test
    void mem02_weddingDateOnlyForMarriedCustomers() {
        CustomerForm single = new CustomerForm("홍길동", "01012345678", null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, "SINGLE", "2010-10-10", null, null);
        assertEquals("error.customer.weddingNotMarried", errors(single).get("weddingDate"));
        CustomerForm married = new CustomerForm("홍길동", "01012345678", null, null, null, null, null, "f", null, null,
                "(주)마켓이십오", null, null, null, null, null, "등산", "married", "2010-10-10", "쏘나타", "from_40m");
        CustomerData data = married.check(TODAY);
        assertEquals(MaritalStatus.MARRIED, data.maritalStatus());
        assertEquals(IncomeBand.FROM_40M, data.incomeBand());
        assertEquals(LocalDate.of(2010, 10, 10), data.weddingDate());
    }

    @Test
    void mem06_noResidentRegistrationNumberInAnyTextField() {
        CustomerForm withRrn = new CustomerForm("홍길동", "01012345678", null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, "주민번호 " + PrivacyRulesTest.shaped("800517", 1) + " 등산", null, null, null, null);
        assertEquals("error.residentNumber", errors(withRrn).get("hobby"));
    }
}
