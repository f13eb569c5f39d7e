package io.claimtracker.conflict.detect;

/** One word of a statement: as written, lower-cased, and its dictionary form. */
record Token(String text, String lower, String lemma, int index) {

    boolean isNumber() {
        return !lower.isEmpty() && Character.isDigit(lower.charAt(0));
    }
}
