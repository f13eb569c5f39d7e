package io.claimtracker.conflict.detect;

/**
 * Thresholds of {@link ConflictJudge}, calibrated on the held-out slice of the training data (docs/detection.md), and
 * the version of the detector they belong to: the one place both are defined (the service's configuration may only
 * override a threshold).
 *
 * @param confirm          contradiction probability a rule finding needs to stand
 * @param alone            contradiction probability for a flag the rules did not raise
 * @param entailmentVeto   entailment probability at which the model vetoes a rule finding of opposition or denial
 * @param unrelatedVeto    neutral probability at which the model vetoes a date or number finding (unrelated events)
 * @param minRelatedness   content shared (0–1) before the model alone may judge a pair: the same event
 * @param modelOnlyPerClaim most pairs per new claim the model reads without a rule finding, most related first
 * @param modelPairsPerClaim most pairs per new claim the model reads in all: rule findings first, strongest
 *                           first; a rule finding beyond it is not confirmed and so not flagged (pairs already
 *                           flagged are read again beyond it)
 * @param developmentDays  claims this many days apart or more report a development rather than a conflict
 */
public record JudgeSettings(double confirm, double alone, double entailmentVeto, double unrelatedVeto,
                            double minRelatedness,
                            int modelOnlyPerClaim, int modelPairsPerClaim, int developmentDays) {

    /** Stored with every flag, so a rescan can tell which flags an older detector raised. */
    public static final String VERSION = "rules-7+nli-minilm-1-token+judge-3";

    public static final JudgeSettings DEFAULTS = new JudgeSettings(0.45, 0.71, 0.5, 0.9, 0.25, 8, 12, 7);
}
