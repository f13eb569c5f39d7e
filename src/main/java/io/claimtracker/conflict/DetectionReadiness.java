package io.claimtracker.conflict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness waits for the detection models, which load in the background after start. */
@Readiness
@ApplicationScoped
public class DetectionReadiness implements HealthCheck {

    @Inject
    ModelWarmUp warmUp;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("detection models").status(warmUp.ready()).build();
    }
}
