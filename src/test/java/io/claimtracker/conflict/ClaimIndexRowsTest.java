package io.claimtracker.conflict;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Proves the multi-row insert's parameter list numbers every value once, row after row. */
class ClaimIndexRowsTest {

    @Test
    void rowsNumberTheirParametersInOrder() {
        assertThat(ClaimIndex.rows(1, 2)).isEqualTo("(?1, ?2)");
        assertThat(ClaimIndex.rows(3, 3)).isEqualTo("(?1, ?2, ?3), (?4, ?5, ?6), (?7, ?8, ?9)");
        assertThat(ClaimIndex.rows(200, 11)).endsWith("?2200)").contains("(?2190, ");
    }
}
