package com.market25.customer;

import com.market25.member.ConsentChoices;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A consent is only worth recording for a channel that can reach the customer (MEM-06): e-mail
 * needs an e-mail address, SMS a mobile number, a phone call any phone number, DM a postal
 * address. Otherwise a campaign would pick a customer it cannot send to (and the mail queue
 * would retry a message without an address until it dead-letters).
 */
record ConsentReach(boolean email, boolean mobile, boolean anyPhone, boolean postal) {

    static ConsentReach of(String email, String phone, String homePhone, String workPhone, String address,
            String workAddress) {
        return new ConsentReach(present(email), present(phone),
                present(phone) || present(homePhone) || present(workPhone), present(address) || present(workAddress));
    }

    /** Field (as on the consent form) to message key, for every granted channel it cannot reach. */
    Map<String, String> problems(ConsentChoices choices) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (choices.email() && !email) {
            problems.put("consent.EMAIL", "error.customer.consentNeedsEmail");
        }
        if (choices.sms() && !mobile) {
            problems.put("consent.SMS", "error.customer.consentNeedsMobile");
        }
        if (choices.phone() && !anyPhone) {
            problems.put("consent.PHONE", "error.customer.consentNeedsPhone");
        }
        if (choices.dm() && !postal) {
            problems.put("consent.DM", "error.customer.consentNeedsAddress");
        }
        return problems;
    }

    /**
     * For an edit: contact field to message key for every contact the edit would remove while a
     * granted consent still needs it (withdraw the consent first, then remove the contact).
     */
    Map<String, String> keptBy(ConsentChoices granted) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (granted.email() && !email) {
            problems.put("email", "error.customer.emailKeptByConsent");
        }
        if (granted.sms() && !mobile || granted.phone() && !anyPhone) {
            problems.put("phone", "error.customer.phoneKeptByConsent");
        }
        if (granted.dm() && !postal) {
            problems.put("address", "error.customer.addressKeptByConsent");
        }
        return problems;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
