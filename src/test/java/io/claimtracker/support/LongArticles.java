package io.claimtracker.support;

/** Article bodies of realistic length with non-ASCII text, written for the tests. */
public final class LongArticles {

    private static final String[] SENTENCES = {
        "Delegations from the coastal provinces met in the old customs hall on Tuesday, according to the ministry.",
        "The mayor of Saint-Étienne-du-Lac said the reopening of the ferry route would “take weeks, not days”.",
        "Officials in Zürich and Kraków confirmed that 1,240 containers had been inspected since the spring.",
        "A spokeswoman for the port authority — speaking on condition of anonymity — denied that talks had stalled.",
        "Residents of Ålesund told reporters the harbour had been quiet for most of the month.",
        "The agreement, signed in Lviv (Львів) according to a statement, covers grain, fuel and medical supplies.",
        "“We are not there yet,” the negotiator said, adding that a second round could begin on Friday.",
        "Analysts at the Instituto de Economía noted a 3.5% rise in freight prices over the quarter 🚢.",
    };

    private LongArticles() {
    }

    /** A body of exactly {@code codePoints} code points made of numbered paragraphs. */
    public static String body(int codePoints) {
        StringBuilder text = new StringBuilder();
        int paragraph = 0;
        while (text.codePointCount(0, text.length()) < codePoints) {
            paragraph++;
            text.append("Paragraph ").append(paragraph).append(". ");
            for (int i = 0; i < 3; i++) {
                text.append(SENTENCES[(paragraph * 3 + i) % SENTENCES.length]).append(' ');
            }
            text.append("\n\n");
        }
        int end = text.offsetByCodePoints(0, codePoints);
        return text.substring(0, end);
    }
}
