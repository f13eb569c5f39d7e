package io.claimtracker.common.jobs;

import io.claimtracker.common.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Leases on stored background jobs: the instance that runs a job holds it until a time it keeps pushing back; a job
 * whose lease ran out belongs to whichever instance claims it first with one conditional update.
 */
@ApplicationScoped
public class JobLeasing {

    @Inject
    EntityManager entities;

    @Inject
    InstanceName instance;

    @Inject
    JobLeases leases;

    /** Makes this instance the holder of a job it is about to start (inside the caller's transaction). */
    public void hold(JobEntity job) {
        job.leaseOwner = instance.get();
        job.leaseUntil = Timestamps.now().plus(leases.lease());
    }

    /**
     * Pushes this instance's lease on the job back (inside the caller's transaction); false, with nothing changed,
     * when another instance has taken the job over.
     */
    public boolean renew(JobEntity job) {
        if (job.leaseOwner != null && !job.leaseOwner.equals(instance.get())) {
            return false;
        }
        hold(job);
        return true;
    }

    /**
     * Claims for this instance every running job of the type whose lease ran out unrenewed (or which never had one
     * and has been silent longer than {@code silentFor}), in a transaction of its own; returns the jobs it now holds.
     */
    public <T extends JobEntity> List<T> takeOverExpired(Class<T> type, Duration silentFor) {
        Instant now = Timestamps.now();
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            String entity = entities.getMetamodel().entity(type).getName();
            int claimed = entities.createQuery("update " + entity + " set leaseOwner = :me, leaseUntil = :until "
                            + "where status = :running and (leaseUntil < :now or (leaseUntil is null and progressedAt < :silent))")
                    .setParameter("me", instance.get()).setParameter("until", now.plus(leases.lease()))
                    .setParameter("running", JobStatus.RUNNING).setParameter("now", now)
                    .setParameter("silent", now.minus(silentFor)).executeUpdate();
            return claimed == 0 ? List.<T>of() : entities.createQuery("from " + entity
                    + " where status = :running and leaseOwner = :me", type).setParameter("running", JobStatus.RUNNING)
                    .setParameter("me", instance.get()).getResultList();
        });
    }
}
