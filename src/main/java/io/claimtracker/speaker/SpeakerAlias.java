package io.claimtracker.speaker;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** Another name a speaker goes by ("Mr Shoigu", "the defence minister"), with its lookup key. */
@Embeddable
public class SpeakerAlias {

    @Column(nullable = false, length = 300)
    public String alias;

    @Column(name = "alias_key", nullable = false, length = 300)
    public String aliasKey;

    protected SpeakerAlias() {
    }

    public SpeakerAlias(String alias, String aliasKey) {
        this.alias = alias;
        this.aliasKey = aliasKey;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SpeakerAlias that && Objects.equals(aliasKey, that.aliasKey);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(aliasKey);
    }
}
