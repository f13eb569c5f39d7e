package io.claimtracker.common.text;

/** One sentence of an article and where it starts, in chars of the text. */
public record Sentence(String text, int start) {
}
