package io.claimtracker.review;

import io.claimtracker.conflict.ReviewAction;
import io.claimtracker.common.failure.StaleEditException;
import io.claimtracker.common.failure.StateConflictException;
import io.claimtracker.common.failure.InvalidInputException;
import io.claimtracker.audit.AuditLog;
import io.claimtracker.audit.AuditedEntity;
import io.claimtracker.common.CurrentUser;
import io.claimtracker.common.Timestamps;
import io.claimtracker.common.text.Texts;
import io.claimtracker.conflict.Conflict;
import io.claimtracker.conflict.ConflictDtos.ConflictView;
import io.claimtracker.conflict.ConflictQueries;
import io.claimtracker.conflict.ConflictStatus;
import io.claimtracker.conflict.DismissReason;
import io.claimtracker.review.ReviewDtos.DecisionRequest;
import io.claimtracker.review.ReviewDtos.DecisionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Records reviewers' rulings on flags: confirm, dismiss with a reason, resolve with a note, or reopen. */
@ApplicationScoped
public class ReviewService {

    @Inject
    ConflictQueries conflicts;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Transactional
    public ConflictView decide(long conflictId, DecisionRequest request) {
        Conflict flag = conflicts.find(conflictId);
        if (request.version() != flag.version) {
            throw new StaleEditException("Flag changed since you looked", "Flag #" + conflictId + " is now at version "
                    + flag.version + " (you sent " + request.version() + ") and stands at " + flag.status
                    + ". Reload it and decide again.", ConflictView.of(flag), java.util.List.of());
        }
        if (!flag.allows(request.action())) {
            throw new StateConflictException("Not possible in this state", "Flag #" + conflictId + " is "
                    + flag.status + "; " + request.action() + " applies to a flag that is "
                    + request.action().appliesTo() + (flag.status == ConflictStatus.OPEN ? "." : ". Reopen it first."));
        }
        String note = Texts.clean(request.note());
        requireDetails(request, note);
        Map<String, Object> before = flag.auditState().asMap();
        ConflictDecision decision = new ConflictDecision();
        decision.conflict = flag;
        decision.action = request.action();
        decision.reason = request.action() == ReviewAction.DISMISS ? request.reason() : null;
        decision.note = note;
        decision.decidedBy = currentUser.name();
        decision.decidedAt = Timestamps.now();
        decision.persist();
        flag.rule(request.action(), decision.reason, note, decision.decidedBy, decision.decidedAt);
        flag.flush();
        audit.record(AuditedEntity.CONFLICT, flag.id, request.action().name().toLowerCase(Locale.ROOT), before,
                flag.auditState().asMap());
        return ConflictView.of(flag);
    }

    @Transactional
    public List<DecisionView> history(long conflictId) {
        conflicts.find(conflictId);
        return ConflictDecision.<ConflictDecision>find("conflict.id = ?1 order by id", conflictId).list().stream()
                .map(DecisionView::of).toList();
    }

    private static void requireDetails(DecisionRequest request, String note) {
        if (request.action() == ReviewAction.DISMISS && request.reason() == null) {
            throw InvalidInputException.of("reason", "is required to dismiss: DIFFERENT_EVENTS, PARAPHRASE, MISATTRIBUTION, "
                    + "NOT_A_CONFLICT or OTHER");
        }
        if (request.action() == ReviewAction.DISMISS && request.reason() == DismissReason.OTHER && note == null) {
            throw InvalidInputException.of("note", "is required when the reason is OTHER");
        }
        if (request.action() == ReviewAction.RESOLVE && note == null) {
            throw InvalidInputException.of("note", "is required to resolve: say how the conflict was settled");
        }
    }
}
