package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * MEM-01 → MEM-02 in a real browser against the deployed EAR: staff find a customer in 고객 관리
 * by a phone number written another way, open the customer's page and see basic data, workplace,
 * orders and consents, and add a call to the contact history, which shows who and when.
 */
class CustomerPageEarIT {

    @Test
    void mem01_mem02_searchByPhoneOpensTheCustomerPageWhereACallIsRecorded() throws Exception {
        StaffApi api = StaffApi.admin();
        String phone = StaffApi.uniqueMobile();
        HttpResponse<String> created = api.post("customers", "{\"name\":\"화면 고객\",\"phone\":\"" + phone + "\","
                + "\"companyName\":\"㈜ 알트웰\",\"department\":\"영업1부\",\"hobby\":\"등산\","
                + "\"consents\":{\"sms\":true}}");
        assertEquals(201, created.statusCode(), created.body());
        long id = Long.parseLong(StaffApi.field(created.body(), "id"));
        String slip = "9" + String.format("%09d", System.nanoTime() % 1_000_000_000L);
        try (Connection c = StaffApi.db()) {
            CustomerSearchEarIT.order(c, id, slip);
        }

        try (AdminBrowser staff = AdminBrowser.open().signedIn()) {
            staff.click(By.id("topForm:menuCustomers"));
            staff.wait.until(d -> d.getCurrentUrl().contains("customers.xhtml"));
            // typed without dashes, with the country code
            String digits = phone.replace("-", "");
            staff.type(By.id("customersForm:q"), "+82 " + digits.substring(1));
            staff.click(By.id("customersForm:search"));
            staff.awaitText(By.id("customersForm:total"), "고객 1명");
            staff.awaitText(By.id("customersForm:customerTable"), "화면 고객");

            staff.find(By.cssSelector("#customersForm\\:customerTable td.memberNo a")).click();
            staff.wait.until(d -> d.getCurrentUrl().contains("customer.xhtml?id=" + id));
            staff.awaitAjax();
            assertEquals("화면 고객", staff.driver.findElement(By.id("customerForm:name")).getAttribute("value"));
            assertEquals("㈜ 알트웰", staff.driver.findElement(By.id("customerForm:companyName")).getAttribute("value"));
            staff.awaitText(By.id("customerForm:orderTable"), slip);
            assertTrue(staff.text(By.id("customerForm:consents")).contains("직원 입력"),
                    "the SMS consent shows its source: " + staff.text(By.id("customerForm:consents")));

            staff.type(By.id("customerForm:body"), "주문 취소 경위 문의 전화");
            staff.find(By.id("customerForm:body")).sendKeys(Keys.TAB);
            staff.click(By.id("customerForm:addNote"));
            String history = staff.awaitText(By.id("customerForm:contactTable"), "주문 취소 경위 문의 전화");
            assertTrue(history.contains("admin"), history);
            assertTrue(staff.text(By.id("customerForm:lastChanged")).contains("admin"),
                    staff.text(By.id("customerForm:lastChanged")));
            staff.screenshot("customer-360");
        }
    }
}
