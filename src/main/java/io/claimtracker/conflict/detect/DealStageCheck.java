package io.claimtracker.conflict.detect;

import java.util.Optional;

/** One deal told at two stages that cannot both hold (DEAL_STAGE), read by {@link DealStage}. */
final class DealStageCheck implements Check {

    /** Content words besides the deal two statements must share to tell of one deal (its parties, its subject). */
    private static final int MIN_DEAL_PARTIES = 2;
    private static final double DEAL_STAGE_SCORE = 0.8;

    @Override
    public Optional<Verdict> find(Analysis left, Analysis right) {
        if (left.question || right.question || !DealStage.clash(left, right)
                || !DealStage.sameParties(left, right, MIN_DEAL_PARTIES)) {
            return Optional.empty();
        }
        return Optional.of(Verdict.of(ConflictKind.DEAL_STAGE, DEAL_STAGE_SCORE, "One deal at two stages: "
                + Verdict.FIRST + " says “" + DealStage.cue(left) + "” (" + DealStage.of(left).description() + "), "
                + Verdict.SECOND + " says “" + DealStage.cue(right) + "” (" + DealStage.of(right).description() + ")."));
    }
}
