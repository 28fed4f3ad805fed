package com.market25.customer;

/** Where a customer came from (member.origin): only SHOP customers have a login. */
public enum CustomerOrigin {
    /** Joined in the storefront. */
    SHOP,
    /** Registered by staff in the back office or through the API (a prospect until they join). */
    STAFF,
    /** Came from an imported customer list or purchase log (external_source, external_id). */
    IMPORT
}
