package io.claimtracker.conflict.detect;

import io.claimtracker.conflict.model.NliScores;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Picks the second tier of one check: among the pairs not flagged, those by two different speakers that wait for a
 * date, that a rule read as a conflict the model did not confirm, or that say something close in meaning
 * ({@link #CLOSE} or more); a check adds at most its {@link #PER_CHECK} best. Flags keep precision; these keep
 * recall, for an editor to judge.
 */
public final class Leads {

    /** Cosine of the sentence embeddings from which two statements read as about the same thing. */
    public static final double CLOSE = 0.5;

    /** Most pairs one check newly puts forward; pairs already shown stay while they still make a lead. */
    public static final int PER_CHECK = 16;

    /** What a rule's finding lifts a lead's score by, above closeness alone. */
    static final double RULE_BONUS = 0.25;

    private static final Map<ConflictKind, String> FINDINGS = Map.of(
            ConflictKind.NUMERIC, "different figures for one count",
            ConflictKind.TEMPORAL, "different dates for one event",
            ConflictKind.POLARITY, "one asserting what the other denies",
            ConflictKind.DEAL_STAGE, "a deal told as still to come and as done",
            ConflictKind.DENIAL, "a denial of what the other reports",
            ConflictKind.OUTCOME, "outcomes that exclude each other",
            ConflictKind.OPPOSED_ACTION, "opposed actions",
            ConflictKind.TENSION, "hedged claims pulling apart",
            ConflictKind.CONTRADICTION, "statements the contradiction model reads as incompatible");

    private Leads() {
    }

    /**
     * One entry per pair, aligned with them: the lead of each pair that makes one, the best {@link #PER_CHECK} of
     * them marked {@link Lead#best}; null for the rest. {@code proposals} are the rules' findings, {@code verdicts}
     * the judge's, {@code scores} the model's (null where it did not read).
     */
    public static List<Lead> pick(List<ConflictJudge.Pair> pairs, List<Verdict> proposals, List<Verdict> verdicts,
                                  List<NliScores> scores) {
        Lead[] leads = new Lead[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            leads[i] = of(pairs.get(i), proposals.get(i), verdicts.get(i), scores.get(i));
        }
        IntStream.range(0, leads.length).filter(i -> leads[i] != null).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> leads[i].score()).reversed()).limit(PER_CHECK)
                .toList().forEach(i -> leads[i] = leads[i].asBest());
        return Arrays.asList(leads);
    }

    /** The lead a single pair makes, or null when it is flagged, recorded as a development, or not worth a look. */
    static Lead of(ConflictJudge.Pair pair, Verdict proposal, Verdict verdict, NliScores nli) {
        if (verdict.conflict() || verdict.kind() == ConflictKind.DEVELOPMENT || sameSpeaker(pair)) {
            return null;
        }
        double closeness = Double.isNaN(pair.closeness()) ? 0 : Math.max(0, pair.closeness());
        if (verdict.kind() == ConflictKind.DATES_NEEDED) {
            return new Lead(proposal.conflict() ? proposal.kind() : null, true, 1,
                    verdict.named(Verdict.FIRST, Verdict.SECOND));
        }
        if (proposal.conflict() && proposal.kind() != ConflictKind.STANCE) {
            return new Lead(proposal.kind(), false, Math.min(1, closeness + RULE_BONUS), "The rules read "
                    + FINDINGS.getOrDefault(proposal.kind(), "a conflict") + ", but " + unconfirmed(nli)
                    + " so it is not flagged. " + proposal.named(Verdict.FIRST, Verdict.SECOND));
        }
        if (closeness < CLOSE) {
            return null;
        }
        String model = nli == null ? "" : " The contradiction model rates a contradiction at " + ConflictJudge.percent(
                nli.contradiction()) + ".";
        return new Lead(null, false, closeness, "The two are close in meaning (" + ConflictJudge.percent(closeness)
                + " alike) and no rule found a clash." + model + " Read both: they may disagree in a way no rule knows.");
    }

    private static String unconfirmed(NliScores nli) {
        return nli == null ? "the contradiction model did not read the pair,"
                : "the contradiction model did not confirm it (contradiction " + ConflictJudge.percent(nli.contradiction()) + "),";
    }

    private static boolean sameSpeaker(ConflictJudge.Pair pair) {
        String first = pair.a().statement().speakerKey();
        return first != null && first.equals(pair.b().statement().speakerKey());
    }
}
