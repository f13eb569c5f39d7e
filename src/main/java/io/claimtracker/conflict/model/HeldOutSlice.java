package io.claimtracker.conflict.model;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * The pairs of the training data the contradiction model never trains on: those whose premise hashes into the
 * first 4 of 100 buckets (CRC-32 of the trimmed, lower-cased premise), the same split as src/training/train.py.
 */
public final class HeldOutSlice {

    private static final int PERCENT = 4;

    private HeldOutSlice() {
    }

    public static boolean contains(String premise) {
        CRC32 crc = new CRC32();
        crc.update(premise.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 100 < PERCENT;
    }
}
