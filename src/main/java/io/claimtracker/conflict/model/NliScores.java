package io.claimtracker.conflict.model;

/** The model's probabilities that the second statement contradicts, follows from, or is unrelated to the first. */
public record NliScores(double contradiction, double entailment, double neutral) {

    static NliScores fromLogits(float[] logits) {
        double max = Math.max(logits[0], Math.max(logits[1], logits[2]));
        double c = Math.exp(logits[0] - max);
        double e = Math.exp(logits[1] - max);
        double n = Math.exp(logits[2] - max);
        double sum = c + e + n;
        return new NliScores(c / sum, e / sum, n / sum);
    }

    /** The order-free view of a pair: contradiction is symmetric, so both directions are averaged. */
    public static NliScores symmetric(NliScores forward, NliScores backward) {
        return new NliScores((forward.contradiction + backward.contradiction) / 2,
                (forward.entailment + backward.entailment) / 2, (forward.neutral + backward.neutral) / 2);
    }
}
