package io.claimtracker.conflict;

import java.util.EnumSet;
import java.util.Set;

/** What a reviewer can do with a conflict flag: the statuses each action applies to and the one it leads to. */
public enum ReviewAction {
    CONFIRM(EnumSet.of(ConflictStatus.OPEN, ConflictStatus.NOTED), ConflictStatus.CONFIRMED),
    DISMISS(EnumSet.of(ConflictStatus.OPEN, ConflictStatus.CONFIRMED), ConflictStatus.DISMISSED),
    RESOLVE(EnumSet.of(ConflictStatus.OPEN, ConflictStatus.CONFIRMED), ConflictStatus.RESOLVED),
    REOPEN(EnumSet.of(ConflictStatus.CONFIRMED, ConflictStatus.DISMISSED, ConflictStatus.RESOLVED), ConflictStatus.OPEN);

    private final Set<ConflictStatus> appliesTo;
    private final ConflictStatus leadsTo;

    ReviewAction(Set<ConflictStatus> appliesTo, ConflictStatus leadsTo) {
        this.appliesTo = appliesTo;
        this.leadsTo = leadsTo;
    }

    public Set<ConflictStatus> appliesTo() {
        return EnumSet.copyOf(appliesTo);
    }

    public ConflictStatus leadsTo() {
        return leadsTo;
    }
}
