package io.claimtracker.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Proves the outlet is read from copyright lines, agency tags and source lines, and that plain text gives none. */
class CreditLinesTest {

    @Test
    void copyrightAgencyAndSourceLinesNameTheOutlet() {
        assertThat(CreditLines.outletOf("Headline\n\nThe quay reopened.\n\n© Harbour Gazette Kiel")).contains(
                "Harbour Gazette Kiel");
        assertThat(CreditLines.outletOf("Headline\n\nText.\nCopyright 2016-2018 Valley Courier. All rights reserved."))
                .contains("Valley Courier");
        assertThat(CreditLines.outletOf("Headline\n\nGENEVA (Reuters) - Talks resumed on Monday.")).contains("Reuters");
        assertThat(CreditLines.outletOf("Headline\n\nBERLIN (AP) — The vote passed.")).contains("Associated Press");
        assertThat(CreditLines.outletOf("Headline\n\nText.\nSource: Coast Radio")).contains("Coast Radio");
    }

    @Test
    void textWithoutCreditsNamesNoOutletAndLongLinesAreNotRead() {
        assertThat(CreditLines.outletOf("Headline\n\nThe mayor said the quay reopened (briefly).")).isEmpty();
        assertThat(CreditLines.outletOf("Headline\n\nThe minister arrives in Kiel (AP)\n\nThe visit began.")).as(
                "a photo credit ending a caption is not the outlet").isEmpty();
        assertThat(CreditLines.outletOf("© " + "x".repeat(500))).isEmpty();
        assertThat(CreditLines.outletOf("©\n© 2016\n")).isEmpty();
    }
}
