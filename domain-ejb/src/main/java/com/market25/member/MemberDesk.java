package com.market25.member;

import com.market25.common.Checks;
import com.market25.common.PasswordHasher;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Pattern;

/** Membership (SHOP-04): joining under an upper member, and signing in. */
@Stateless
public class MemberDesk {

    private static final Pattern LOGIN_ID = Pattern.compile("^[a-zA-Z][a-zA-Z0-9_]{3,29}$");

    @PersistenceContext
    private EntityManager em;

    /**
     * Creates the member or throws {@link com.market25.common.InvalidInputException} listing
     * every field to correct; nothing is stored in that case.
     */
    public MemberView join(JoinRequest request) {
        Checks checks = new Checks()
                .required("loginId", request.loginId())
                .required("password", request.password())
                .required("name", request.name())
                .required("phone", request.phone())
                .required("email", request.email())
                .required("postalCode", request.postalCode())
                .required("address", request.address())
                .maxLength("name", request.name(), 60)
                .maxLength("address", request.address(), 300)
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
        if (request.birthDate() != null && request.birthDate().isAfter(LocalDate.now())) {
            checks.reject("birthDate", "error.birthDate");
        }
        if (!checks.has("loginId") && findByLogin(request.loginId().trim()).isPresent()) {
            checks.reject("loginId", "error.loginTaken");
        }
        Member upper = null;
        String upperLogin = request.upperMemberLoginId();
        if (upperLogin != null && !upperLogin.isBlank()) {
            upper = findByLogin(upperLogin.trim()).orElse(null);
            if (upper == null) {
                checks.reject("upperMemberLoginId", "error.upperMemberUnknown");
            }
        }
        checks.throwIfAny();

        String memberNo = String.valueOf(((Number) em.createNativeQuery("select nextval(member_no_seq)")
                .getSingleResult()).longValue());
        Member member = new Member(memberNo, request, PasswordHasher.hash(request.password()), upper,
                LocalDateTime.now());
        em.persist(member);
        return MemberView.of(member);
    }

    public Optional<MemberView> authenticate(String loginId, String password) {
        if (loginId == null || password == null) {
            return Optional.empty();
        }
        return findByLogin(loginId.trim())
                .filter(m -> PasswordHasher.matches(password, m.getPasswordHash()))
                .map(MemberView::of);
    }

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
    public ConsentStatement consents(long memberId) {
        return new ConsentBook(em).statement(memberId);
    }

    /**
     * Sets every consent as the member chose on 내 정보. Only the channels that really change get
     * a new date and a history row (source {@link ConsentSource#MY_PAGE}).
     */
    public ConsentStatement changeConsents(long memberId, ConsentChoices choices) {
        ConsentBook book = new ConsentBook(em);
        LocalDateTime now = LocalDateTime.now();
        for (ConsentChannel channel : ConsentChannel.values()) {
            book.change(memberId, channel, choices.wants(channel), ConsentSource.MY_PAGE, null, now);
        }
        return book.statement(memberId);
    }

    /**
     * Withdraws one consent, e.g. e-mail from a campaign mail's unsubscribe link. True when it
     * was given until now; a second withdrawal changes and records nothing.
     */
    public boolean withdrawConsent(long memberId, ConsentChannel channel, ConsentSource source, Long campaignId) {
        return new ConsentBook(em).change(memberId, channel, false, source, campaignId, LocalDateTime.now());
    }
}
