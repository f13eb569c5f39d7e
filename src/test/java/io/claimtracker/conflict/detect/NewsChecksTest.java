package io.claimtracker.conflict.detect;

import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the checks written for real news without cue words the older rules knew: a report called untrue in other
 * words, states of one person that exclude each other, figures of one thing named by synonyms, dates of a saying
 * kept apart from dates of what was said, and that their word lists come from WordNet rather than from any story.
 */
class NewsChecksTest {

    private static final WordNetSenses SENSES = WordNetSenses.load();
    private static final ConflictDetector DETECTOR = new ConflictDetector(SENSES);

    private static Verdict check(String a, String b) {
        return DETECTOR.check(Statement.of(a), Statement.of(b));
    }

    @Test
    void aReportCalledBaselessOrAFabricationConflictsWithTheReport() {
        Verdict baseless = check("The port authority will close the northern terminal in March.",
                "The story that the port authority will close the northern terminal is baseless.");
        Verdict fabrication = check("The airline is cutting three hundred pilot jobs.",
                "Reports that the airline is cutting pilot jobs are a complete fabrication, the union says.");

        assertThat(baseless.conflict()).isTrue();
        assertThat(baseless.kind()).isEqualTo(ConflictKind.DENIAL);
        assertThat(baseless.explanation()).contains("B calls untrue what A asserts").contains("baseless");
        assertThat(fabrication.kind()).isEqualTo(ConflictKind.DENIAL);
    }

    @Test
    void aDenialOfSomethingElseOrTwoDenialsOrAClaimAboutAReportAreNoConflict() {
        assertThat(check("The port authority will close the northern terminal in March.",
                "The mayor says the claim that the bridge toll rises is baseless.").conflict()).isFalse();
        assertThat(check("The story that the terminal will close is false.",
                "The port authority denies that the terminal will close.").conflict()).isFalse();
        assertThat(check("A local paper reported that the terminal will close.",
                "The story that the terminal will close is false.").conflict()).isFalse();
        assertThat(check("The terminal will close in March.",
                "The story that the terminal will close is not wrong.").conflict()).isFalse();
    }

    @Test
    void whoCallsAReportBaselessIsNotWhatTheReportIsAbout() {
        assertThat(check("The airline set a record for cancelled flights in 1998.",
                "The airline says the report of mass cancellations is baseless.").conflict()).isFalse();
    }

    @Test
    void aPersonReportedKilledAndReportedAliveConflict() {
        Verdict verdict = check("Amira Haddad, the nurse who ran the field clinic, has been beheaded by the militia.",
                "Amira Haddad is alive.");

        assertThat(verdict.conflict()).isTrue();
        assertThat(verdict.kind()).isEqualTo(ConflictKind.OUTCOME);
        assertThat(verdict.explanation()).contains("beheaded").contains("alive");
    }

    @Test
    void aKillingDoneByTheSubjectOrSufferedBySomeoneElseIsNoOutcomeClash() {
        assertThat(check("Amira Haddad killed three attackers at the clinic.", "Amira Haddad is alive.").kind())
                .isNotEqualTo(ConflictKind.OUTCOME);
        assertThat(check("Amira Haddad watched her brother being killed at the clinic.",
                "Amira Haddad is alive.").kind()).isNotEqualTo(ConflictKind.OUTCOME);
        assertThat(check("Amira Haddad's driver was killed in the raid.", "Amira Haddad is alive and well.").kind())
                .isNotEqualTo(ConflictKind.OUTCOME);
        assertThat(check("Omar Haddad was killed in the raid.", "Amira Haddad is alive.").kind())
                .isNotEqualTo(ConflictKind.OUTCOME);
    }

    @Test
    void figuresOfOneThingNamedBySynonymsAreCompared() {
        Verdict verdict = check("The storm in the valley injured 40 villagers.",
                "In the valley storm nine villagers were wounded.");

        assertThat(verdict.conflict()).isTrue();
        assertThat(verdict.kind()).isEqualTo(ConflictKind.NUMERIC);
        assertThat(verdict.explanation()).contains("40").contains("nine");
    }

    @Test
    void aVagueAmountAfterTheSameActIsComparedWithAFigure() {
        Verdict verdict = check("The clip of the flooded square was shared more than 5,000 times.",
                "The photo of the flooded square was shared hundreds of times.");

        assertThat(verdict.kind()).isEqualTo(ConflictKind.NUMERIC);
        assertThat(verdict.explanation()).contains("hundreds").contains("5,000");
    }

    @Test
    void aCountEqualToAnotherNumberOfTheOtherStatementStillConflictsWithTheCountOfTheSameUnit() {
        Verdict verdict = check("7 people died in the flood in district 3.", "3 people died in the flood in district 3.");

        assertThat(verdict.kind()).isEqualTo(ConflictKind.NUMERIC);
        assertThat(verdict.explanation()).contains("7 people").contains("3 people");
    }

    @Test
    void figuresOfTheSameActByDifferentNamedActorsAreNotCompared() {
        assertThat(check("Amira Haddad arrested 12 smugglers at the port.",
                "Omar Said arrested 40 smugglers at the port.").kind()).isNotEqualTo(ConflictKind.NUMERIC);
    }

    @Test
    void anActDeniedOutrightConflictsWithItsReportButNotWithAnOrderToDoIt() {
        Verdict report = check(
                "The council threatened none of the tenants, its spokesman told reporters after a long meeting.",
                "The council threatened the tenants of the riverside estate with eviction.");
        Verdict order = check("No guard handed a key to the prisoners.",
                "The guards were ordered to hand the keys to the prisoners.");

        assertThat(report.kind()).isEqualTo(ConflictKind.DENIAL);
        assertThat(report.explanation()).contains("did not happen").contains("threatened none");
        assertThat(order.kind()).isNotEqualTo(ConflictKind.DENIAL);
        assertThat(check("The woman is not carrying a red umbrella.", "A man is carrying a red umbrella.").kind())
                .as("opposite subjects").isNotEqualTo(ConflictKind.DENIAL);
    }

    @Test
    void spansOfTimeCountedFromOtherEventsAreNotFiguresOfOneThing() {
        assertThat(check("The mayor resigned two weeks after the audit of 3 May.",
                "The mayor resigned one week after the council vote.").kind()).isNotEqualTo(ConflictKind.NUMERIC);
    }

    @Test
    void aBoundWrittenAfterTheNumberIsRead() {
        assertThat(check("The factory will shed 4,000 jobs.", "The factory will shed 5,000 or fewer jobs.")
                .conflict()).isFalse();
        assertThat(check("The factory will shed 40,000 jobs.", "The factory will shed 5,000 or fewer jobs.")
                .kind()).isEqualTo(ConflictKind.NUMERIC);
    }

    @Test
    void theDayOfASayingIsNotTheDayOfWhatWasSaid() {
        LocalDate monday = LocalDate.of(2014, 11, 10);
        Verdict verdict = DETECTOR.check(
                Statement.of("Police said on Saturday that the bridge had been closed.", monday),
                Statement.of("The transport ministry said on Sunday that the bridge had been closed.", monday));

        assertThat(verdict.conflict()).isFalse();
    }

    @Test
    void twoYearsForOneEventConflict() {
        Verdict verdict = check("The museum reopened its west wing in 2011 after the flood.",
                "The museum reopened its west wing in 2013 after the flood.");

        assertThat(verdict.kind()).isEqualTo(ConflictKind.TEMPORAL);
        assertThat(verdict.explanation()).contains("2011").contains("2013");
    }

    @Test
    void aStatementOfThousandsOfFiguresOrDatesIsComparedForAtMostAFixedNumberOfThem() {
        String figures = "1, ".repeat(1_666);
        String dates = "on 3 May 2014, ".repeat(333);
        Analysis manyFigures = Analysis.of(Statement.of(figures), SENSES);
        Analysis manyDates = Analysis.of(Statement.of(dates, LocalDate.of(2014, 6, 1)), SENSES);

        assertThat(figures.length()).isGreaterThanOrEqualTo(4_990);
        assertThat(Quantities.in(manyFigures)).hasSize(Analysis.MAX_COMPARED);
        assertThat(Dates.in(manyDates)).hasSize(Analysis.MAX_COMPARED);
        assertThat(check(figures, "2, ".repeat(1_666)).explanation()).isNotBlank();
        assertThat(check(dates, "on 4 May 2014, ".repeat(333)).explanation()).isNotBlank();
    }

    @Test
    void anActToldAsToComeIsReportedWhenItsObjectHappensOnALaterDay() {
        Verdict moved = DETECTOR.check(new Statement("Nordwind Bank may announce its merger as early as Monday.",
                java.time.LocalDate.of(2026, 5, 3), "business daily", null, null), new Statement("Nordwind Bank is "
                + "merging with a rival lender.", java.time.LocalDate.of(2026, 5, 4), "wire agency", null, null));
        Verdict sameDay = DETECTOR.check(new Statement("Nordwind Bank may announce its merger as early as Monday.",
                java.time.LocalDate.of(2026, 5, 3), "business daily", null, null), new Statement("Nordwind Bank is "
                + "merging with a rival lender.", java.time.LocalDate.of(2026, 5, 3), "wire agency", null, null));

        assertThat(moved.kind()).as(moved.explanation()).isEqualTo(ConflictKind.DEVELOPMENT);
        assertThat(moved.explanation()).contains("told it as still to come", "merging");
        assertThat(sameDay.kind()).as("on one day the order is unknown").isNotEqualTo(ConflictKind.DEVELOPMENT);
    }

    @Test
    void aFigureGivenAsRevisedFromTheOtherStatementsFigureIsADevelopmentWhateverTheDates() {
        Verdict revised = check("The mill's planned job cuts total 1,200.",
                "The mill's planned job cuts rise to 1,500, up from an earlier estimate of 1,200.");
        Verdict otherFigure = check("The mill's planned job cuts total 900.",
                "The mill's planned job cuts rise to 1,500, up from an earlier estimate of 1,200.");
        Verdict noRevision = check("The mill's planned job cuts total 1,200.",
                "The mill's planned job cuts total 1,500 and 1,200 workers keep their posts.");

        assertThat(revised.kind()).as(revised.explanation()).isEqualTo(ConflictKind.DEVELOPMENT);
        assertThat(revised.explanation()).contains("as revised", "up from an earlier estimate of 1,200");
        assertThat(otherFigure.kind()).as(otherFigure.explanation()).isNotEqualTo(ConflictKind.DEVELOPMENT);
        assertThat(noRevision.kind()).as(noRevision.explanation()).isNotEqualTo(ConflictKind.DEVELOPMENT);
    }

    @Test
    void aReportNobodyHadConfirmedAndAssertedOnALaterDayIsADevelopment() {
        java.time.LocalDate said = java.time.LocalDate.of(2026, 3, 9);
        Statement unconfirmed = new Statement("On Saturday 7 March officials had not confirmed reports that the "
                + "mayor of Valmora was arrested.", said, "wire agency", null, null);
        Verdict later = DETECTOR.check(unconfirmed, new Statement("The interior ministry said on Sunday 8 March that "
                + "the mayor of Valmora was arrested.", said, "interior ministry", null, null));
        Verdict sameDay = DETECTOR.check(unconfirmed, new Statement("The interior ministry said on Saturday 7 March "
                + "that the mayor of Valmora was arrested.", said, "interior ministry", null, null));

        assertThat(later.kind()).as(later.explanation()).isEqualTo(ConflictKind.DEVELOPMENT);
        assertThat(later.explanation()).contains("not confirmed", "1 day later");
        assertThat(sameDay.kind()).as(sameDay.explanation()).isNotEqualTo(ConflictKind.DEVELOPMENT);
    }

    @Test
    void somethingToldAsReportedAndStatedOnALaterDayIsADevelopment() {
        Verdict stated = DETECTOR.check(new Statement("Under the reported plan the mill will close its northern "
                + "furnace in June.", java.time.LocalDate.of(2026, 5, 3), "business daily", null, null),
                new Statement("The mill will close its northern furnace in June.", java.time.LocalDate.of(2026, 5, 4),
                        "the mill", null, null));

        assertThat(stated.kind()).as(stated.explanation()).isEqualTo(ConflictKind.DEVELOPMENT);
        assertThat(stated.explanation()).contains("told it as reported", "states it", "1 day later");
    }

    @Test
    void withoutBothDatesASubjectSpeakingAfterDecliningToCommentIsADevelopmentSaidToBePresumed() {
        Verdict spoke = DETECTOR.check(new Statement("Nordwind Bank declined to comment on the merger report.", null,
                "nordwind bank", null, null), new Statement("Nordwind Bank says the merger report is baseless.",
                java.time.LocalDate.of(2026, 5, 4), "nordwind bank", null, null));
        Verdict someoneElse = DETECTOR.check(new Statement("Nordwind Bank declined to comment on the merger report.",
                null, "nordwind bank", null, null), new Statement("Nordwind Bank's rival says the merger report is "
                + "baseless.", java.time.LocalDate.of(2026, 5, 4), "harbour bank", null, null));

        assertThat(spoke.kind()).as(spoke.explanation()).isEqualTo(ConflictKind.DEVELOPMENT);
        assertThat(spoke.explanation()).contains("taken to come first");
        assertThat(someoneElse.kind()).as(someoneElse.explanation()).isNotEqualTo(ConflictKind.DEVELOPMENT);
    }

    @Test
    void aDatePhraseOpeningAStatementIsNotTakenForItsActor() {
        Verdict denied = DETECTOR.check(new Statement("In June 2026 the league was not looking to expand.",
                java.time.LocalDate.of(2026, 8, 27), "commissioner", null, null), new Statement("League expansion to "
                + "the coast is a done deal.", java.time.LocalDate.of(2026, 8, 26), "columnist", null, null));

        assertThat(denied.kind()).as(denied.explanation()).isEqualTo(ConflictKind.DENIAL);
    }

    @Test
    void everyRefutationWordBelongsToAWordNetSenseTheListNames() throws Exception {
        Dictionary dictionary = Dictionary.getDefaultResourceInstance();
        Set<String> allowed = new HashSet<>();
        for (String line : WordLists.lines("refutations.txt")) {
            if (line.startsWith("@")) {
                String[] parts = line.substring(1).strip().split(" ");
                IndexWord word = dictionary.getIndexWord(POS.valueOf(parts[0]), parts[1]);
                Synset sense = word.getSenses().get(Integer.parseInt(parts[2]) - 1);
                for (Word member : sense.getWords()) {
                    allowed.add(member.getLemma().toLowerCase());
                }
            }
        }
        List<String> words = WordLists.words("refutations.txt");

        assertThat(words).isNotEmpty();
        assertThat(allowed).containsAll(words);
    }

    @Test
    void everyOutcomeWordIsAWordNetLemmaAndEveryKindOfKillingIsDeath() throws Exception {
        Dictionary dictionary = Dictionary.getDefaultResourceInstance();
        for (String line : WordLists.lines("outcomes.txt")) {
            for (String word : line.split("=", 2)[1].split(",")) {
                String lemma = word.strip().replace("kinds:", "").replace("ongoing:", "");
                assertThat(POS.getAllPOS().stream().anyMatch(pos -> {
                    try {
                        return dictionary.getIndexWord(pos, lemma) != null;
                    } catch (net.sf.extjwnl.JWNLException e) {
                        throw new IllegalStateException(e);
                    }
                })).as("'%s' is a WordNet lemma", lemma).isTrue();
            }
        }
        assertThat(SENSES.kindOf("behead", "kill")).isTrue();
        assertThat(SENSES.kindOf("assassinate", "kill")).isTrue();
        assertThat(SENSES.kindOf("celebrate", "kill")).isFalse();
    }

    private static boolean lemma(Dictionary dictionary, String word) {
        return POS.getAllPOS().stream().anyMatch(pos -> {
            try {
                return dictionary.getIndexWord(pos, word) != null;
            } catch (net.sf.extjwnl.JWNLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Prepositions the lists use, which WordNet, a dictionary of content words, leaves out. */
    private static final Set<String> PREPOSITIONS = Set.of("against");

    @Test
    void everyContentWordOfTheCuratedListsIsAWordNetLemmaAndNoneIsAName() throws Exception {
        Dictionary dictionary = Dictionary.getDefaultResourceInstance();
        List<String> words = new java.util.ArrayList<>();
        WordLists.lines("opposites.txt").forEach(line -> words.addAll(List.of(line.split("\\s*/\\s*"))));
        WordLists.lines("near-synonyms.txt").forEach(line -> words.addAll(List.of(line.split("\\s*,\\s*"))));
        WordLists.lines("phrasal-verbs.txt").forEach(line -> words.addAll(List.of(line.split("\\s*=\\s*"))));
        words.addAll(WordLists.words("negative-predicates.txt"));

        assertThat(words).hasSizeGreaterThan(150);
        for (String word : words) {
            assertThat(word).as("'%s' is written in lower case, not as a name", word).isLowerCase();
            if (PREPOSITIONS.contains(word)) {
                continue;
            }
            boolean compound = false;
            for (int k = 2; k < word.length() - 1; k++) {
                compound |= lemma(dictionary, word.substring(0, k)) && lemma(dictionary, word.substring(k));
            }
            assertThat(lemma(dictionary, word) || compound)
                    .as("'%s' is a WordNet lemma, or a compound of two ('airstrike')", word).isTrue();
        }
    }
}
