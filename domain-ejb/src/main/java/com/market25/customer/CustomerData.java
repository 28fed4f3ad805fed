package com.market25.customer;

import com.market25.member.Gender;
import com.market25.member.MemberType;
import java.time.LocalDate;

/**
 * A customer's editable data after {@link CustomerForm} checked it: trimmed, typed, blanks as
 * null ({@code type} null: keep the customer's member type, REGULAR for a new customer).
 */
record CustomerData(String name, String phone, String email, String postalCode, String address, String homePhone,
        LocalDate birthDate, Gender gender, MemberType type, Long upperMemberId, String companyName,
        String department, String jobTitle, String workPhone, String workPostalCode, String workAddress,
        String hobby, MaritalStatus maritalStatus, LocalDate weddingDate, String car, IncomeBand incomeBand) {

    CustomerData withUpperMember(Long id) {
        return new CustomerData(name, phone, email, postalCode, address, homePhone, birthDate, gender, type, id,
                companyName, department, jobTitle, workPhone, workPostalCode, workAddress, hobby, maritalStatus,
                weddingDate, car, incomeBand);
    }
}
