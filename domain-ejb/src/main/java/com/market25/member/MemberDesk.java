package com.market25.member;

import com.market25.audit.AuditAction;
import com.market25.audit.AuditTarget;
import com.market25.audit.AuditTrail;
import com.market25.common.Checks;
import com.market25.common.InvalidInputException;
import com.market25.common.PasswordHasher;
import com.market25.infrastructure.DeploymentMode;
import com.market25.signin.LockedAccount;
import com.market25.signin.PasswordSignIn;
import com.market25.signin.SignInOutcome;
import com.market25.signin.SignInRecord;
import com.market25.signin.SignInResult;
import com.market25.signin.SignInThrottle;
import com.market25.staff.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Membership (SHOP-04): joining under an upper member, signing in with the limits of issue 6
 * (account lock, per-address throttle, the same answer for unknown ids and wrong passwords), and
 * lifting a lock from the back office.
 */
@Stateless
public class MemberDesk {

    private static final Pattern LOGIN_ID = Pattern.compile("^[a-zA-Z][a-zA-Z0-9_]{3,29}$");
    private static final DateTimeFormatter[] BIRTH_DATE_FORMATS = {
        DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.BASIC_ISO_DATE,
        DateTimeFormatter.ofPattern("uuuu.MM.dd").withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("uuuu/MM/dd").withResolverStyle(ResolverStyle.STRICT)
    };
    /** Passwords are hashed, not stored, but a megabyte of password is still not a password. */
    static final int MAX_PASSWORD_LENGTH = PasswordSignIn.MAX_PASSWORD_LENGTH;
    static final String REALM = "member";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private SignInThrottle throttle;

    @EJB
    private AuditTrail audit;

    /**
     * Creates the member or throws {@link com.market25.common.InvalidInputException} listing
     * every field to correct; nothing is stored in that case.
     */
    @PermitAll
    public MemberView join(JoinRequest request) {
        Checks checks = new Checks()
                .required("loginId", request.loginId())
                .required("password", request.password())
                .required("name", request.name())
                .required("phone", request.phone())
                .required("email", request.email())
                .required("postalCode", request.postalCode())
                .required("address", request.address())
                .maxLength("loginId", request.loginId(), 30)
                .maxLength("password", request.password(), MAX_PASSWORD_LENGTH)
                .maxLength("name", request.name(), 60)
                .maxLength("phone", request.phone(), 30)
                .maxLength("email", request.email(), 120)
                .maxLength("postalCode", request.postalCode(), 10)
                .maxLength("address", request.address(), 300)
                .maxLength("upperMemberLoginId", request.upperMemberLoginId(), 30)
                .email("email", request.email())
                .phone("phone", request.phone())
                .postalCode("postalCode", request.postalCode());
        if (!checks.has("loginId") && !LOGIN_ID.matcher(request.loginId().trim()).matches()) {
            checks.reject("loginId", "error.loginId");
        }
        if (!checks.has("password") && request.password().length() < 8) {
            checks.reject("password", "error.passwordShort");
        }
        if (!checks.has("password") && !request.password().equals(request.passwordConfirm())) {
            checks.reject("passwordConfirm", "error.passwordMismatch");
        }
        LocalDate birthDate = null;
        if (request.birthDate() != null && !request.birthDate().isBlank()) {
            birthDate = parseBirthDate(request.birthDate().trim());
            if (birthDate == null || birthDate.isAfter(LocalDate.now()) || birthDate.getYear() < 1900) {
                checks.reject("birthDate", "error.birthDate");
                birthDate = null;
            }
        }
        if (!checks.has("loginId") && findByLogin(request.loginId().trim()).isPresent()) {
            checks.reject("loginId", "error.loginTaken");
        }
        Member upper = null;
        String upperLogin = request.upperMemberLoginId();
        if (!checks.has("upperMemberLoginId") && upperLogin != null && !upperLogin.isBlank()) {
            upper = findByLogin(upperLogin.trim()).filter(MemberDesk::usable).orElse(null);
            if (upper == null) {
                checks.reject("upperMemberLoginId", "error.upperMemberUnknown");
            }
        }
        checks.throwIfAny();

        String memberNo = String.valueOf(((Number) em.createNativeQuery("select nextval(member_no_seq)")
                .getSingleResult()).longValue());
        Member member = new Member(memberNo, request, birthDate, PasswordHasher.hash(request.password()), upper,
                LocalDateTime.now());
        em.persist(member);
        return MemberView.of(member);
    }

    /**
     * Signs a member in. An unknown id, a wrong password and a demo account outside demo mode
     * all answer {@link SignInOutcome#REFUSED} after the same amount of work; five failures in a
     * row lock the account for 15 minutes, and an address with too many failures is throttled.
     * The failure counts are committed whatever the outcome.
     */
    @PermitAll
    public SignInResult<MemberView> signIn(String loginId, String password, String clientAddress) {
        return new PasswordSignIn<>(REALM, AuditTarget.MEMBER, new PasswordSignIn.Accounts<Member>() {
            @Override
            public Optional<Member> usable(String login) {
                return findByLogin(login).filter(MemberDesk::usable);
            }

            @Override
            public String passwordHash(Member m) {
                return m.getPasswordHash();
            }

            @Override
            public SignInRecord record(Member m) {
                return m.signIn();
            }

            @Override
            public void rehash(Member m, String newHash) {
                m.rehashPassword(newHash);
            }

            @Override
            public String loginId(Member m) {
                return m.getLoginId();
            }
        }, em, throttle, audit).attempt(loginId, password, clientAddress, MemberView::of);
    }

    /** Members whose sign-in is locked right now, newest lock first (the back office unlocks them). */
    @RolesAllowed({Roles.ADMIN, Roles.READONLY})
    public List<LockedAccount> lockedMembers() {
        return em.createQuery("select new com.market25.signin.LockedAccount(m.loginId, m.name,"
                        + " m.signIn.lockedUntil) from Member m where m.signIn.lockedUntil > :now"
                        + " order by m.signIn.lockedUntil desc", LockedAccount.class)
                .setParameter("now", LocalDateTime.now())
                .setMaxResults(500)
                .getResultList();
    }

    /** Lifts a member's sign-in lock (운영자 only); the unlock is logged. */
    @RolesAllowed(Roles.ADMIN)
    public void unlock(String loginId, String staffLogin) {
        Member member = findByLogin(loginId == null ? "" : loginId.trim())
                .orElseThrow(() -> InvalidInputException.of("loginId", "error.memberUnknown"));
        em.lock(member, LockModeType.PESSIMISTIC_WRITE);
        member.signIn().unlock();
        audit.record(staffLogin, AuditAction.ACCOUNT_UNLOCKED, AuditTarget.MEMBER, member.getLoginId(), null, null);
    }

    /** Demo accounts sign in and sponsor new members only in demo mode. */
    private static boolean usable(Member m) {
        return !m.isDemoAccount() || DeploymentMode.isDemo();
    }

    private static LocalDate parseBirthDate(String text) {
        for (DateTimeFormatter format : BIRTH_DATE_FORMATS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return null;
    }

    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN, Roles.ORDERS, Roles.MARKETING, Roles.READONLY})
    public Optional<MemberView> find(long memberId) {
        return Optional.ofNullable(em.find(Member.class, memberId)).map(MemberView::of);
    }

    private Optional<Member> findByLogin(String loginId) {
        return em.createQuery("select m from Member m left join fetch m.upperMember where m.loginId = :login",
                        Member.class)
                .setParameter("login", loginId)
                .getResultStream()
                .findFirst();
    }

    // ---- consents per channel (MEM-06): 내 정보 and the unsubscribe link of campaign mail ----

    /** The member's four consents, each with when and how it was last set, and the history. */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN, Roles.MARKETING, Roles.ORDERS, Roles.READONLY})
    public ConsentStatement consents(long memberId) {
        return new ConsentBook(em).statement(memberId);
    }

    /**
     * Sets every consent as the member chose on 내 정보. Only the channels that really change get
     * a new date and a history row (source {@link ConsentSource#MY_PAGE}).
     */
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN, Roles.MARKETING})
    public ConsentStatement changeConsents(long memberId, ConsentChoices choices) {
        ConsentBook book = new ConsentBook(em);
        LocalDateTime now = LocalDateTime.now();
        for (ConsentChannel channel : ConsentChannel.values()) {
            book.change(memberId, channel, choices.wants(channel), ConsentSource.MY_PAGE, null, now);
        }
        return book.statement(memberId);
    }

    /**
     * Sets every consent as staff recorded it (MEM-06 opt-in and opt-out in the back office, or
     * everything withdrawn on erasure), with the given source; only real changes get a date and
     * a history row.
     */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public ConsentStatement setConsents(long memberId, ConsentChoices choices, ConsentSource source) {
        ConsentBook book = new ConsentBook(em);
        LocalDateTime now = LocalDateTime.now();
        for (ConsentChannel channel : ConsentChannel.values()) {
            book.change(memberId, channel, choices.wants(channel), source, null, now);
        }
        return book.statement(memberId);
    }

    /**
     * Withdraws one consent, e.g. e-mail from a campaign mail's unsubscribe link. True when it
     * was given until now; a second withdrawal changes and records nothing.
     */
    @PermitAll
    public boolean withdrawConsent(long memberId, ConsentChannel channel, ConsentSource source, Long campaignId) {
        return new ConsentBook(em).change(memberId, channel, false, source, campaignId, LocalDateTime.now());
    }

    /**
     * The address and e-mail consent of a member, for the unsubscribe page: its visitor is not
     * signed in and holds only the signed link {@code campaign.Unsubscribe} has checked.
     */
    @PermitAll
    public Optional<EmailContact> emailContact(long memberId) {
        Member member = em.find(Member.class, memberId);
        if (member == null) {
            return Optional.empty();
        }
        return Optional.of(new EmailContact(member.getEmail(), consents(memberId).of(ConsentChannel.EMAIL)));
    }

    /** A member's e-mail address with the state of their e-mail consent. */
    public record EmailContact(String email, ConsentState consent) implements java.io.Serializable {
    }
}
