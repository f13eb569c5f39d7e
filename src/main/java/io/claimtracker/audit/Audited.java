package io.claimtracker.audit;

/** A record whose state the audit trail keeps before and after each change. */
public interface Audited {

    /** The fields an editor sees in the record's history, in the order they are shown. */
    AuditState auditState();
}
