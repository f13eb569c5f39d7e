package io.claimtracker.conflict.detect;

import java.util.Optional;

/** One way two statements can conflict, tested on its own: a finding, or nothing. */
interface Check {

    Optional<Verdict> find(Analysis left, Analysis right);
}
