package io.claimtracker.suggest;

/** One sentence of an article and where it starts, in chars of the text. */
record Sentence(String text, int start) {
}
