package com.market25.customer;

import com.market25.bonus.BonusStatement;
import com.market25.member.ConsentStatement;
import java.io.Serializable;
import java.util.List;

/**
 * The customer page (MEM-02): the customer with workplace, home and extended profile, the upper
 * member, bonus balance (from the bonus ledger), consents per channel with date and source
 * (MEM-06), contact history (campaign touches and staff entries, newest first) and user-defined
 * fields (MEM-05). Orders are paged separately from the ordering boundary. A customer merged into
 * another (MEM-03) names the survivor's member number.
 */
public record CustomerProfile(Customer customer, String upperMemberNo, String upperMemberName,
        BonusStatement bonus, ConsentStatement consents, List<ContactEntry> contacts, List<FieldValue> fields,
        String mergedIntoMemberNo)
        implements Serializable {
}
