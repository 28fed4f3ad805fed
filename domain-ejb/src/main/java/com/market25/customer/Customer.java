package com.market25.customer;

import com.market25.member.Gender;
import com.market25.member.MemberType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A customer as the back office keeps them (MEM-01, MEM-02): the member row seen by staff.
 * The storefront's {@code member.Member} maps the same row for joining and signing in; this
 * entity leaves the login, password and sign-in columns alone, and writes consents only through
 * {@code MemberDesk} (whose {@code ConsentBook} keeps their history). Both write only the columns
 * they changed ({@code @DynamicUpdate}), so neither writes back a value it read before the other
 * changed it. Search keys are derived here from the data, by {@link ContactKeys}, on every write.
 */
@Entity
@DynamicUpdate
@Table(name = "member")
public class Customer implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version", nullable = false)
    private int version;

    @Column(name = "member_no", nullable = false, updatable = false)
    private String memberNo;

    @Column(name = "login_id", insertable = false, updatable = false)
    private String loginId;

    @Column(nullable = false)
    private String name;
    private String phone;
    private String email;
    @Column(name = "postal_code")
    private String postalCode;
    private String address;
    @Column(name = "home_phone")
    private String homePhone;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_type", nullable = false)
    private MemberType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CustomerOrigin origin;

    @Column(name = "external_source", updatable = false)
    private String externalSource;
    @Column(name = "external_id")
    private String externalId;

    @Column(name = "upper_member_id")
    private Long upperMemberId;

    @Column(name = "company_name")
    private String companyName;
    @Column(name = "department")
    private String department;
    @Column(name = "job_title")
    private String jobTitle;
    @Column(name = "work_phone")
    private String workPhone;
    @Column(name = "work_postal_code")
    private String workPostalCode;
    @Column(name = "work_address")
    private String workAddress;

    private String hobby;
    @Enumerated(EnumType.STRING)
    @Column(name = "marital_status")
    private MaritalStatus maritalStatus;
    @Column(name = "wedding_date")
    private LocalDate weddingDate;
    private String car;
    @Enumerated(EnumType.STRING)
    @Column(name = "income_band")
    private IncomeBand incomeBand;

    @Column(name = "name_key")
    private String nameKey;
    @Column(name = "phone_key")
    private String phoneKey;
    @Column(name = "email_key")
    private String emailKey;
    @Column(name = "company_key")
    private String companyKey;
    /** The doubtful match of the imports' merge-purge (MEM-03). */
    @Column(name = "name_address_key")
    private String nameAddressKey;

    /** Written only by MemberDesk (with the consent history); new customers start without consent. */
    @Column(name = "consent_email", insertable = false, updatable = false)
    private boolean consentEmail;
    @Column(name = "consent_sms", insertable = false, updatable = false)
    private boolean consentSms;
    @Column(name = "consent_dm", insertable = false, updatable = false)
    private boolean consentDm;
    @Column(name = "consent_phone", insertable = false, updatable = false)
    private boolean consentPhone;

    /**
     * When a DM to the customer's address came back (반송, MEM-04): DM labels leave the customer
     * out until the address changes ({@link #apply} clears it). Set by campaign.channel.DmDesk.
     */
    @Column(name = "mail_returned_at", insertable = false)
    private LocalDateTime mailReturnedAt;

    @Column(name = "card_no")
    private String cardNo;
    @Column(name = "card_issued_at")
    private LocalDateTime cardIssuedAt;
    @Column(name = "card_issues", nullable = false)
    private int cardIssues;

    @Column(name = "joined_at", nullable = false, updatable = false)
    private LocalDateTime joinedAt;
    @Column(name = "created_by", updatable = false)
    private String createdBy;
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "erased_at")
    private LocalDateTime erasedAt;
    @Column(name = "erased_by")
    private String erasedBy;

    // written only by merge-purge (customerimport), set-based
    @Column(name = "merged_into", insertable = false, updatable = false)
    private Long mergedInto;

    protected Customer() {
    }

    /** A customer staff register: no login (they may join the shop later under a new account). */
    Customer(String memberNo, String staffLogin, LocalDateTime now) {
        this.memberNo = memberNo;
        this.origin = CustomerOrigin.STAFF;
        this.type = MemberType.REGULAR;
        this.joinedAt = now;
        this.createdBy = staffLogin;
        this.updatedAt = now;
        this.updatedBy = staffLogin;
    }

    /** Takes every field of a checked form, and derives the search and merge keys from it. */
    void apply(CustomerData data, String staffLogin, LocalDateTime now) {
        if (!java.util.Objects.equals(postalCode, data.postalCode()) || !java.util.Objects.equals(address, data.address())) {
            // a new address is worth a new letter: the returned-mail flag was about the old one
            this.mailReturnedAt = null;
        }
        this.name = data.name();
        this.phone = data.phone();
        this.email = data.email();
        this.postalCode = data.postalCode();
        this.address = data.address();
        this.homePhone = data.homePhone();
        this.birthDate = data.birthDate();
        this.gender = data.gender();
        if (data.type() != null) {
            // a form without 회원구분 keeps it (an API client that leaves it out changes nothing)
            this.type = data.type();
        }
        this.upperMemberId = data.upperMemberId();
        this.companyName = data.companyName();
        this.department = data.department();
        this.jobTitle = data.jobTitle();
        this.workPhone = data.workPhone();
        this.workPostalCode = data.workPostalCode();
        this.workAddress = data.workAddress();
        this.hobby = data.hobby();
        this.maritalStatus = data.maritalStatus();
        this.weddingDate = data.weddingDate();
        this.car = data.car();
        this.incomeBand = data.incomeBand();
        rekey();
        touch(staffLogin, now);
    }

    void touch(String staffLogin, LocalDateTime now) {
        this.updatedAt = now;
        this.updatedBy = staffLogin;
    }

    private void rekey() {
        this.nameKey = ContactKeys.name(name);
        this.phoneKey = ContactKeys.phone(phone);
        this.emailKey = ContactKeys.email(email);
        this.companyKey = ContactKeys.company(companyName);
        this.nameAddressKey = ContactKeys.storedNameAndAddress(name, address);
    }

    void issueCard(String cardNo, LocalDateTime now) {
        this.cardNo = cardNo;
        this.cardIssuedAt = now;
        this.cardIssues++;
    }

    /**
     * Erasure on request (MEM-06, 개인정보 보호법 §36): every piece of personal data goes; the row,
     * its member number, its orders and its money stay, as the records law requires. The login
     * column is cleared by the caller's native update (this entity never writes it).
     */
    void erase(String staffLogin, LocalDateTime now) {
        this.name = "(삭제된 고객)";
        this.phone = null;
        this.email = null;
        this.postalCode = null;
        this.address = null;
        this.homePhone = null;
        this.birthDate = null;
        this.gender = null;
        this.companyName = null;
        this.department = null;
        this.jobTitle = null;
        this.workPhone = null;
        this.workPostalCode = null;
        this.workAddress = null;
        this.hobby = null;
        this.maritalStatus = null;
        this.weddingDate = null;
        this.car = null;
        this.incomeBand = null;
        this.externalId = null;
        this.cardNo = null;
        this.nameKey = null;
        this.phoneKey = null;
        this.emailKey = null;
        this.companyKey = null;
        this.nameAddressKey = "";
        this.erasedAt = now;
        this.erasedBy = staffLogin;
        touch(staffLogin, now);
    }

    public Long getId() {
        return id;
    }

    /** When a DM came back from the current address; null when none did (MEM-04). */
    public LocalDateTime getMailReturnedAt() {
        return mailReturnedAt;
    }

    public int getVersion() {
        return version;
    }

    public String getMemberNo() {
        return memberNo;
    }

    public String getLoginId() {
        return loginId;
    }

    public String getName() {
        return name;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getAddress() {
        return address;
    }

    public String getHomePhone() {
        return homePhone;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Gender getGender() {
        return gender;
    }

    public MemberType getType() {
        return type;
    }

    public CustomerOrigin getOrigin() {
        return origin;
    }

    public String getExternalSource() {
        return externalSource;
    }

    public String getExternalId() {
        return externalId;
    }

    public Long getUpperMemberId() {
        return upperMemberId;
    }

    public String getCompanyName() {
        return companyName;
    }

    public String getDepartment() {
        return department;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public String getWorkPhone() {
        return workPhone;
    }

    public String getWorkPostalCode() {
        return workPostalCode;
    }

    public String getWorkAddress() {
        return workAddress;
    }

    public String getHobby() {
        return hobby;
    }

    public MaritalStatus getMaritalStatus() {
        return maritalStatus;
    }

    public LocalDate getWeddingDate() {
        return weddingDate;
    }

    public String getCar() {
        return car;
    }

    public IncomeBand getIncomeBand() {
        return incomeBand;
    }

    public boolean isConsentEmail() {
        return consentEmail;
    }

    public boolean isConsentSms() {
        return consentSms;
    }

    public boolean isConsentDm() {
        return consentDm;
    }

    public boolean isConsentPhone() {
        return consentPhone;
    }

    public String getCardNo() {
        return cardNo;
    }

    public LocalDateTime getCardIssuedAt() {
        return cardIssuedAt;
    }

    public int getCardIssues() {
        return cardIssues;
    }

    public LocalDateTime getJoinedAt() {
        return joinedAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public LocalDateTime getErasedAt() {
        return erasedAt;
    }

    public String getErasedBy() {
        return erasedBy;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    /** The customer this one was merged into by merge-purge (MEM-03), or null. */
    public Long getMergedInto() {
        return mergedInto;
    }
}
