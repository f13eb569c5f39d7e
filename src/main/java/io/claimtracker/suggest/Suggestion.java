package io.claimtracker.suggest;

/**
 * A candidate claim: the quoted or reported words (code-point offsets into the article body), who they are
 * attributed to and in what role, a draft statement, and whether the words were quoted directly or reported.
 */
public record Suggestion(int start, int end, String quote, String speaker, String role, String statement,
                         String kind) {
}
