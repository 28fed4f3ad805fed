package com.market25.customer;

import com.market25.common.Checks;
import com.market25.member.Gender;
import com.market25.member.MemberType;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * What staff type into the customer form or send to the API (MEM-01), as text, so that anything
 * a client sends comes back as a field message, never as a 500. {@link #check(LocalDate)} checks
 * every field against its column at once.
 */
public record CustomerForm(String name, String phone, String email, String postalCode, String address,
        String homePhone, String birthDate, String gender, String memberType, String upperMemberNo,
        String companyName, String department, String jobTitle, String workPhone, String workPostalCode,
        String workAddress, String hobby, String maritalStatus, String weddingDate, String car, String incomeBand)
        implements Serializable {

    private static final DateTimeFormatter[] DATE_FORMATS = {
        DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("uuuu.MM.dd").withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("uuuu/MM/dd").withResolverStyle(ResolverStyle.STRICT)
    };

    /** An empty form (a new customer). */
    public static CustomerForm empty() {
        return new CustomerForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    /** The form as the customer stands now, for editing. */
    public static CustomerForm of(Customer c, String upperMemberNo) {
        return new CustomerForm(c.getName(), c.getPhone(), c.getEmail(), c.getPostalCode(), c.getAddress(),
                c.getHomePhone(), text(c.getBirthDate()), c.getGender() == null ? null : c.getGender().name(),
                c.getType() == null ? null : c.getType().name(), upperMemberNo, c.getCompanyName(), c.getDepartment(),
                c.getJobTitle(), c.getWorkPhone(), c.getWorkPostalCode(), c.getWorkAddress(), c.getHobby(),
                c.getMaritalStatus() == null ? null : c.getMaritalStatus().name(), text(c.getWeddingDate()), c.getCar(),
                c.getIncomeBand() == null ? null : c.getIncomeBand().name());
    }

    /**
     * Every field against its column and its meaning; throws {@code InvalidInputException} with
     * a message key per wrong field. The upper member is looked up by the caller (it needs the
     * database); {@code today} decides what "in the future" means.
     */
    CustomerData check(LocalDate today) {
        Checks checks = new Checks()
                .required("name", name)
                .maxLength("name", name, 60)
                .maxLength("phone", phone, 30)
                .maxLength("email", email, 120)
                .maxLength("postalCode", postalCode, 10)
                .maxLength("address", address, 300)
                .maxLength("homePhone", homePhone, 30)
                .maxLength("upperMemberNo", upperMemberNo, 20)
                .maxLength("companyName", companyName, 100)
                .maxLength("department", department, 60)
                .maxLength("jobTitle", jobTitle, 60)
                .maxLength("workPhone", workPhone, 30)
                .maxLength("workPostalCode", workPostalCode, 10)
                .maxLength("workAddress", workAddress, 300)
                .maxLength("hobby", hobby, 100)
                .maxLength("car", car, 60)
                .email("email", email)
                .postalCode("postalCode", postalCode)
                .postalCode("workPostalCode", workPostalCode);
        anyPhone(checks, "phone", phone);
        anyPhone(checks, "homePhone", homePhone);
        anyPhone(checks, "workPhone", workPhone);
        if (!checks.has("name") && blank(phone) && blank(email) && blank(address)) {
            // a customer nobody can reach is no use to marketing and cannot be told apart from another
            checks.reject("phone", "error.customer.noContact");
        }
        String[][] texts = {{"name", name}, {"address", address}, {"companyName", companyName},
            {"department", department}, {"jobTitle", jobTitle}, {"workAddress", workAddress}, {"hobby", hobby},
            {"car", car}};
        for (String[] field : texts) {
            if (PrivacyRules.containsResidentNumber(field[1])) {
                checks.reject(field[0], "error.residentNumber");
            }
        }
        LocalDate birth = date(checks, "birthDate", birthDate, today);
        if (birth != null && birth.getYear() < 1900) {
            checks.reject("birthDate", "error.birthDate");
        }
        LocalDate wedding = date(checks, "weddingDate", weddingDate, today);
        Gender g = choice(checks, "gender", gender, Gender.class);
        MemberType t = choice(checks, "memberType", memberType, MemberType.class);
        MaritalStatus marital = choice(checks, "maritalStatus", maritalStatus, MaritalStatus.class);
        IncomeBand income = choice(checks, "incomeBand", incomeBand, IncomeBand.class);
        if (wedding != null && marital != MaritalStatus.MARRIED && !checks.has("maritalStatus")) {
            checks.reject("weddingDate", "error.customer.weddingNotMarried");
        }
        checks.throwIfAny();
        return new CustomerData(trim(name), trim(phone), trim(email), trim(postalCode), trim(address),
                trim(homePhone), birth, g, t, null, trim(companyName),
                trim(department), trim(jobTitle), trim(workPhone), trim(workPostalCode), trim(workAddress),
                trim(hobby), marital, wedding, trim(car), income);
    }

    /** Any way of writing a Korean number is fine (search normalises it); something that is none is not. */
    private static void anyPhone(Checks checks, String field, String value) {
        if (!blank(value) && !checks.has(field) && ContactKeys.phone(value) == null) {
            checks.reject(field, "error.phone");
        }
    }

    private static LocalDate date(Checks checks, String field, String value, LocalDate today) {
        if (blank(value)) {
            return null;
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                LocalDate d = LocalDate.parse(value.trim(), format);
                if (d.isAfter(today)) {
                    checks.reject(field, "error.customer.dateInFuture");
                    return null;
                }
                return d;
            } catch (DateTimeParseException e) {
                // the next way of writing a date
            }
        }
        checks.reject(field, "error.customer.date");
        return null;
    }

    private static <E extends Enum<E>> E choice(Checks checks, String field, String value, Class<E> type) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            checks.reject(field, "error.customer.choice");
            return null;
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.trim();
    }
}
