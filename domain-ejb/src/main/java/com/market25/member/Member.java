package com.market25.member;

import com.market25.customer.ContactKeys;
import com.market25.signin.SignInRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A customer of the shop and of the marketing database, from the day they join. The back office
 * edits the same row as {@code customer.Customer}; updates write only the columns that changed
 * here (sign-in counters, password hash), so a sign-in never writes back a name or phone number
 * it read before staff changed it.
 */
@Entity
@DynamicUpdate
@Table(name = "member")
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_no", nullable = false, unique = true)
    private String memberNo;

    @Column(name = "login_id", nullable = false, unique = true)
    private String loginId;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String phone;

    @Column(nullable = false)
    private String email;

    @Column(name = "postal_code", nullable = false)
    private String postalCode;

    @Column(nullable = false)
    private String address;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_type", nullable = false)
    private MemberType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "upper_member_id")
    private Member upperMember;

    @Column(name = "consent_email", nullable = false)
    private boolean consentEmail;

    @Column(name = "consent_sms", nullable = false)
    private boolean consentSms;

    @Column(name = "consent_dm", nullable = false)
    private boolean consentDm;

    @Column(name = "consent_phone", nullable = false)
    private boolean consentPhone;

    @Column(name = "joined_at", nullable = false)
    private LocalDateTime joinedAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    /** Search keys (MEM-01), from the one normaliser the back office and imports use too. */
    @Column(name = "name_key")
    private String nameKey;

    @Column(name = "phone_key")
    private String phoneKey;

    @Column(name = "email_key")
    private String emailKey;

    /** The doubtful match of the imports' merge-purge (MEM-03). */
    @Column(name = "name_address_key")
    private String nameAddressKey;

    /** Set when the customer's personal data was erased on request (customer.CustomerDesk). */
    @Column(name = "erased_at", insertable = false, updatable = false)
    private LocalDateTime erasedAt;

    /** Made by the demo data: signs in only in demo mode. */
    @Column(name = "demo_account", nullable = false)
    private boolean demoAccount;

    @Embedded
    private SignInRecord signIn = new SignInRecord();

    protected Member() {
    }

    Member(String memberNo, JoinRequest request, LocalDate birthDate, String passwordHash, Member upperMember,
            LocalDateTime now) {
        this.memberNo = memberNo;
        this.loginId = request.loginId().trim();
        this.passwordHash = passwordHash;
        this.name = request.name().trim();
        this.phone = request.phone().trim();
        this.email = request.email().trim();
        this.postalCode = request.postalCode().trim();
        this.address = request.address().trim();
        this.birthDate = birthDate;
        this.gender = request.gender();
        this.type = MemberType.INTERNET;
        this.upperMember = upperMember;
        this.consentEmail = request.consentEmail();
        this.consentSms = request.consentSms();
        this.consentDm = request.consentDm();
        this.consentPhone = request.consentPhone();
        this.joinedAt = now;
        this.updatedAt = now;
        this.nameKey = ContactKeys.name(name);
        this.phoneKey = ContactKeys.phone(phone);
        this.emailKey = ContactKeys.email(email);
        this.nameAddressKey = ContactKeys.storedNameAndAddress(name, address);
    }

    public Long getId() {
        return id;
    }

    public String getMemberNo() {
        return memberNo;
    }

    public String getLoginId() {
        return loginId;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    /** A stronger hash of the same password, made at sign-in. */
    void rehashPassword(String newHash) {
        this.passwordHash = newHash;
    }

    boolean isDemoAccount() {
        return demoAccount;
    }

    SignInRecord signIn() {
        return signIn;
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

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Gender getGender() {
        return gender;
    }

    public MemberType getType() {
        return type;
    }

    public Member getUpperMember() {
        return upperMember;
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

    public LocalDateTime getJoinedAt() {
        return joinedAt;
    }
}
