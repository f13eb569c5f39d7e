package io.claimtracker.common.text;

import java.lang.ref.WeakReference;
import java.util.Arrays;

/**
 * Code-point offsets of one text turned into char offsets without walking the text from its start each time: the
 * text is read once, noting where it holds characters outside the Basic Multilingual Plane, and each thread keeps
 * the last text it asked about (weakly), so the claims of one article share one reading.
 */
public final class CodePoints {

    private static final ThreadLocal<CodePoints> LAST = new ThreadLocal<>();

    private final WeakReference<String> text;
    private final int length;
    private final int[] pairs;

    private CodePoints(String text, int length, int[] pairs) {
        this.text = new WeakReference<>(text);
        this.length = length;
        this.pairs = pairs;
    }

    /** The offsets of the given text, read now unless this thread read the same text instance last. */
    public static CodePoints of(String text) {
        CodePoints last = LAST.get();
        if (last != null && last.text.get() == text) {
            return last;
        }
        CodePoints read = read(text);
        LAST.set(read);
        return read;
    }

    private static CodePoints read(String text) {
        int[] found = new int[8];
        int count = 0;
        int codePoint = 0;
        for (int i = 0; i < text.length(); i++, codePoint++) {
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = codePoint;
                i++;
            }
        }
        return new CodePoints(text, codePoint, Arrays.copyOf(found, count));
    }

    /** Code points in the text. */
    public int length() {
        return length;
    }

    /** The char offset where the given code point begins (the text's char length for its code-point length). */
    public int charIndex(int codePoint) {
        int at = Arrays.binarySearch(pairs, codePoint);
        return codePoint + (at >= 0 ? at : -at - 1);
    }
}
