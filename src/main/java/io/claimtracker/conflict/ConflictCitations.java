package io.claimtracker.conflict;

import io.claimtracker.claim.Citations;
import io.claimtracker.claim.ClaimService;
import io.claimtracker.conflict.ConflictDtos.ConflictView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Locale;

/** Cites both sides of a conflict as one text for an editor's note. */
@ApplicationScoped
public class ConflictCitations {

    @Inject
    ConflictQueries conflicts;

    @Inject
    ClaimService claims;

    /** Both sides of a conflict, each cited, and the whole as one text. */
    public record ConflictCitation(String text, Citations.Citation a, Citations.Citation b) {
    }

    public ConflictCitation of(long id) {
        ConflictView flag = conflicts.get(id);
        Citations.Citation a = claims.citation(flag.a().id());
        Citations.Citation b = claims.citation(flag.b().id());
        String text = "Conflicting accounts (" + flag.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + ", flag #" + flag.id() + "):\n1. " + a.text() + "\n2. " + b.text() + "\nWhy flagged: "
                + flag.explanation();
        return new ConflictCitation(text, a, b);
    }
}
