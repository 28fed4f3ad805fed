package com.market25.admin.api.customer;

import com.market25.customer.CustomerForm;
import com.market25.customer.CustomerProfile;

/** The personal-data export (MEM-06) as the API gives it, for the customer page's download too. */
public final class CustomerExport {

    private CustomerExport() {
    }

    public static String json(CustomerProfile profile, CustomerForm form) {
        return CustomerJson.profile(profile, form).toString();
    }
}
