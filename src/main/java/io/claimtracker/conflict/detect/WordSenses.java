package io.claimtracker.conflict.detect;

/** What the detector needs to know about words: their base form and which words are their opposites. */
public interface WordSenses {

    /** The dictionary form of a lower-case word ("killed" → "kill", "talks" → "talk"), or the word itself. */
    String lemma(String word);

    /** Whether the two lemmas are antonyms in some common sense. */
    boolean antonyms(String lemmaA, String lemmaB);

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
