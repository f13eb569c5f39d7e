package io.claimtracker.account;

import java.text.Normalizer;

/**
 * The one canonical form of a typed username, used alike by sign-in, the sign-in throttle, account look-ups and
 * single sign-on: compatibility-normalised (NFKC), with invisible, control and space characters removed, so that
 * "admin" split or followed by a zero-width space, a word joiner, a byte-order mark or a no-break space is the
 * name "admin" everywhere, and counts as one name when guesses are throttled. New names with such characters are
 * refused outright (only letters, digits, '.', '_' and '-' are accepted).
 */
public final class Usernames {

    private Usernames() {
    }

    public static String canonical(String typed) {
        if (typed == null) {
            return "";
        }
        return Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("[\\p{Cf}\\p{Cc}\\p{Z}\\s]+", "");
    }
}
