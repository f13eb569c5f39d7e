package io.claimtracker.web;

import io.claimtracker.claim.ConflictHook.RaisedFlag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Proves which timeline cards are drawn as disputed (flag statuses as the pages get them, in lower case): open or ruled conflicts, not dismissed flags or developments. */
class TimelineEntryTest {

    private static RaisedFlag flag(String kind, String status) {
        return new RaisedFlag(1, 2, "Other", "Other statement.", kind, 0.8, "Why.", false, status);
    }

    @Test
    void aCardWhoseOnlyFlagWasDismissedIsNotDisputed() {
        assertThat(new TopicPage.Entry(null, List.of(flag("NUMERIC", "dismissed"))).disputed()).isFalse();
        assertThat(new TopicPage.Entry(null, List.of(flag("DEVELOPMENT", "noted"))).disputed()).isFalse();
        assertThat(new TopicPage.Entry(null, List.of(flag("NUMERIC", "open"))).disputed()).isTrue();
        assertThat(new TopicPage.Entry(null, List.of(flag("NUMERIC", "dismissed"), flag("DENIAL", "confirmed")))
                .disputed()).isTrue();
    }
}
