package io.claimtracker.common;

/** Which page of a listing to read, counting from 0, and how many items a page holds. */
public record PageRequest(int page, int size) {

    public static PageRequest of(int page, int size) {
        return new PageRequest(page, size);
    }
}
