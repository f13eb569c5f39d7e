package io.claimtracker.conflict;

import io.claimtracker.common.TrackerConfig;
import io.claimtracker.conflict.candidate.Embedder;
import io.claimtracker.conflict.candidate.MiniLmEmbedder;
import io.claimtracker.conflict.candidate.Signatures;
import io.claimtracker.conflict.detect.ConflictDetector;
import io.claimtracker.conflict.detect.ConflictJudge;
import io.claimtracker.conflict.detect.JudgeSettings;
import io.claimtracker.conflict.detect.WordNetSenses;
import io.claimtracker.conflict.detect.WordSenses;
import io.claimtracker.conflict.detect.EventDating;
import io.claimtracker.conflict.model.OnnxPairScorer;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the plain-Java detection pieces available for injection, each created once. */
public class DetectionBeans {

    private static final int MINILM_DIMENSIONS = 384;

    @Produces
    @Singleton
    OnnxPairScorer contradictionModel(TrackerConfig config) {
        return OnnxPairScorer.load(config.detection().modelThreads());
    }

    void close(@Disposes OnnxPairScorer model) {
        model.close();
    }

    @Produces
    @Singleton
    ConflictJudge judge(OnnxPairScorer model, WordSenses senses, TrackerConfig config, MeterRegistry metrics) {
        TrackerConfig.Detection d = config.detection();
        JudgeSettings defaults = JudgeSettings.DEFAULTS;
        JudgeSettings settings = new JudgeSettings(d.confirm().orElse(defaults.confirm()),
                d.alone().orElse(defaults.alone()), d.entailmentVeto().orElse(defaults.entailmentVeto()),
                d.unrelatedVeto().orElse(defaults.unrelatedVeto()), d.minRelatedness().orElse(defaults.minRelatedness()),
                d.modelOnlyPerClaim().orElse(defaults.modelOnlyPerClaim()),
                d.modelPairsPerClaim().orElse(defaults.modelPairsPerClaim()),
                d.developmentDays().orElse(defaults.developmentDays()));
        return new ConflictJudge(new ConflictDetector(senses), new MeteredPairScorer(model, metrics), settings);
    }

    @Produces
    @Singleton
    WordSenses senses() {
        return WordNetSenses.load();
    }

    @Produces
    @Singleton
    EventDating eventDating(WordSenses senses) {
        return new EventDating(senses);
    }

    @Produces
    @Singleton
    Embedder embedder(MeterRegistry metrics) {
        return new MeteredEmbedder(new MiniLmEmbedder(), metrics);
    }

    @Produces
    @Singleton
    Signatures signatures() {
        return new Signatures(MINILM_DIMENSIONS);
    }
}
