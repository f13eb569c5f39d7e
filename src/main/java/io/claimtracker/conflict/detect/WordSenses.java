package io.claimtracker.conflict.detect;

/** What the detector needs to know about words: their base form and which words are their opposites. */
public interface WordSenses {

    /** The dictionary form of a lower-case word ("killed" → "kill", "talks" → "talk"), or the word itself. */
    String lemma(String word);

    /** Whether the two lemmas are antonyms in some common sense. */
    boolean antonyms(String lemmaA, String lemmaB);

    /** Whether the two lemmas share a sense among their first few ("wounded" and "injured"). */
    default boolean synonyms(String lemmaA, String lemmaB) {
        return lemmaA.equals(lemmaB);
    }

    /**
     * Whether one of the lemma's first few senses is a kind of one of the general word's senses, through the
     * is-a hierarchy ("behead" is a way to "kill", "layoff" a kind of "dismissal"); a word is a kind of itself.
     */
    default boolean kindOf(String lemma, String general) {
        return lemma.equals(general);
    }

    /** Whether one lemma is derived from the other ("expansion" from "expand"), through a few first senses. */
    default boolean derived(String lemmaA, String lemmaB) {
        return lemmaA.equals(lemmaB);
    }

    /**
     * The country a capitalised word names, stands for as its national capital ("Moscow") or a place in it ("the
     * Kremlin"), or belongs to as its adjective ("Russian"), as one key for all of them ("russia"); empty for any
     * other word.
     */
    default java.util.Optional<String> country(String word) {
        return java.util.Optional.empty();
    }

    /** Senses that know no words: lemmas are the words and nothing is opposed. */
    WordSenses NONE = new WordSenses() {
        @Override
        public String lemma(String word) {
            return word;
        }

        @Override
        public boolean antonyms(String lemmaA, String lemmaB) {
            return false;
        }
    };
}
