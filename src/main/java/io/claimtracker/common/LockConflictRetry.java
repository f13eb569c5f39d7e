package io.claimtracker.common;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;

/**
 * Runs a transactional method again, from the start and in a new transaction, when the database rolled its
 * transaction back over a deadlock or lock wait — how a Galera cluster reports two nodes' writes that failed
 * certification at commit. Only a method that began the transaction is run again (within another one, the outer
 * transaction is lost and its owner must decide); at most four runs in all.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class LockConflictRetry {

    private static final int ATTEMPTS = 4;

    @Inject
    TransactionManager transactions;

    @AroundInvoke
    Object runAgainOnLockConflict(InvocationContext invocation) throws Exception {
        if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
            return invocation.proceed();
        }
        try {
            return LockConflict.retried(ATTEMPTS, () -> {
                try {
                    return invocation.proceed();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new CheckedFailure(e);
                }
            });
        } catch (CheckedFailure e) {
            throw (Exception) e.getCause();
        }
    }

    /** Carries a checked exception of the method through the retry loop unchanged. */
    private static final class CheckedFailure extends RuntimeException {
        CheckedFailure(Exception cause) {
            super(cause);
        }
    }
}
