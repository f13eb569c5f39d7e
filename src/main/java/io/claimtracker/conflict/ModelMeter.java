package io.claimtracker.conflict;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.function.Supplier;

/** A model's inference time per call and the inputs it read, on /q/metrics under the model's name. */
final class ModelMeter {

    private final Timer inference;
    private final Counter inputs;

    ModelMeter(MeterRegistry metrics, String model) {
        this.inference = Timer.builder("claimtracker.model.inference").tag("model", model)
                .description("time one call of a detection model took").register(metrics);
        this.inputs = Counter.builder("claimtracker.model.inputs").tag("model", model)
                .description("inputs a detection model read: statements embedded, statement pairs in each order")
                .register(metrics);
    }

    /** Runs one call of the model over {@code count} inputs, timing it and counting them. */
    <T> T measure(int count, Supplier<T> call) {
        T result = inference.record(call);
        inputs.increment(count);
        return result;
    }
}
