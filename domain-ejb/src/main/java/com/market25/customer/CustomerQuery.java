package com.market25.customer;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * What staff typed into the one search box (MEM-01), read as the keys it can be: an e-mail
 * address, a phone number in any format, a member number, card number or imported customer id,
 * or the start of a name. Each reading becomes an equality or a prefix on an indexed column, so
 * a search on a million customers reads a few index entries, never the table.
 *
 * @param text            what was typed; blank lists every customer
 * @param origin          only customers of this origin, or all when null
 * @param includeErased   erased customers are left out unless asked for
 */
public record CustomerQuery(String text, CustomerOrigin origin, boolean includeErased) implements Serializable {

    /** Hangul syllables or jamo: such text is a name, never a number or an id. */
    private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3\\u1100-\\u11FF\\u3130-\\u318F]");
    /** Digits with the separators people put in phone and card numbers. */
    private static final Pattern NUMBER_LIKE = Pattern.compile("^\\+?[0-9 ()\\-.]+$");
    /** An id from a file or a number: one token without spaces. */
    private static final Pattern TOKEN = Pattern.compile("^\\S{1,40}$");

    public static CustomerQuery of(String text) {
        return new CustomerQuery(text, null, false);
    }

    /** The keys one search text stands for; every non-null one is tried (OR). */
    public record Keys(String email, String phone, String exactId, String namePrefix) {

        public boolean none() {
            return email == null && phone == null && exactId == null && namePrefix == null;
        }
    }

    /** Null when nothing was typed (the whole list). */
    public Keys keys() {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.indexOf('@') >= 0 || t.indexOf('＠') >= 0) {
            return new Keys(ContactKeys.email(t), null, null, null);
        }
        if (HANGUL.matcher(t).find()) {
            return new Keys(null, null, null, ContactKeys.name(t));
        }
        if (NUMBER_LIKE.matcher(t).matches()) {
            // 010-1234-5678 is a phone number; 100001 a member number; 1234 perhaps an imported id
            String compact = t.replaceAll("[ ()\\-.]", "");
            return new Keys(null, ContactKeys.phone(t), compact.length() <= 40 ? compact : null, null);
        }
        // Latin letters: a name ("Kim") or an id from a file ("C-1042")
        return new Keys(null, null, TOKEN.matcher(t).matches() ? t : null, ContactKeys.name(t));
    }
}
