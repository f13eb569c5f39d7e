package io.claimtracker.intake;

import io.claimtracker.common.failure.UnsupportedContentException;
import io.claimtracker.common.failure.TooLargeException;
import io.claimtracker.common.failure.UnprocessableException;
import io.claimtracker.intake.ImportDtos.Document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import java.io.InputStream;

/**
 * Turns uploaded files, and the text files inside zip archives, into documents, within size and count limits
 * that hold for the whole upload: archives are read as streams and reading stops as soon as the upload's
 * files or uncompressed bytes run out, so a small archive that unpacks to gigabytes costs no more than the limit.
 * Files that are not text (PDF, word-processor files, images) are refused with a message saying so.
 */
final class Uploads {

    /** What one upload may still unpack: files and bytes, shared by all its files and archives. */
    static final class Budget {

        private final int maxFileBytes;
        private final long maxTotalBytes;
        private int filesLeft;
        private long bytesLeft;

        Budget(int maxFiles, int maxFileBytes, long maxTotalBytes) {
            this.filesLeft = maxFiles;
            this.maxFileBytes = maxFileBytes;
            this.maxTotalBytes = maxTotalBytes;
            this.bytesLeft = maxTotalBytes;
        }

        private void takeFile(int maxFiles) {
            if (filesLeft <= 0) {
                throw new TooLargeException("Too many files", "An upload takes at most " + maxFiles
                        + " articles, archives included; split it.");
            }
            filesLeft--;
        }

        private int readLimit() {
            return (int) Math.min(maxFileBytes, bytesLeft);
        }

        private void takeBytes(String name, long bytes) {
            if (bytes > maxFileBytes) {
                throw tooLarge(name, maxFileBytes);
            }
            if (bytes > bytesLeft) {
                throw new TooLargeException("Upload too large", "The files of this upload unpack to "
                        + "more than " + maxTotalBytes + " bytes of text; import them in several smaller uploads.");
            }
            bytesLeft -= bytes;
        }
    }

    private final int maxFiles;
    private final Budget budget;

    Uploads(int maxFiles, int maxFileBytes, long maxTotalBytes) {
        this.maxFiles = maxFiles;
        this.budget = new Budget(maxFiles, maxFileBytes, maxTotalBytes);
    }

    List<Document> documents(String name, byte[] bytes) {
        if (name != null && name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return unzip(bytes);
        }
        budget.takeFile(maxFiles);
        budget.takeBytes(name, bytes.length);
        return List.of(new Document(name, text(name, bytes)));
    }

    /**
     * The text and HTML files of an archive, read through its central directory: other entries are skipped by name
     * without being inflated, an entry whose declared size exceeds what is left of the budget is refused before it
     * is read, and reading stops at the first byte over the budget whatever the entry declares.
     */
    private List<Document> unzip(byte[] bytes) {
        List<Document> documents = new ArrayList<>();
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntriesInPhysicalOrder())) {
                String entryName = entry.getName();
                String base = entryName.substring(entryName.lastIndexOf('/') + 1);
                if (entry.isDirectory() || base.startsWith(".") || entryName.contains("__MACOSX")
                        || !base.toLowerCase(Locale.ROOT).matches(".*\\.(txt|text|html|htm)$")) {
                    continue;
                }
                budget.takeFile(maxFiles);
                if (entry.getSize() > budget.readLimit()) {
                    budget.takeBytes(entryName, entry.getSize());
                }
                byte[] content;
                try (InputStream in = zip.getInputStream(entry)) {
                    content = in.readNBytes(budget.readLimit() + 1);
                }
                budget.takeBytes(entryName, content.length);
                documents.add(new Document(entryName, text(entryName, content)));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof io.claimtracker.common.failure.DomainException domain) {
                throw domain;
            }
            throw new UnprocessableException("Unreadable archive", "The archive could not be read as a zip "
                    + "file. Create it again and retry.");
        }
        if (documents.isEmpty()) {
            throw new UnprocessableException("Empty archive", "The archive holds no .txt or .html files.");
        }
        return documents;
    }

    /** The file as UTF-8, or as Windows-1252 when it is not valid UTF-8 (older saved pages). */
    private static String text(String name, byte[] bytes) {
        refuseBinary(name, bytes);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString()
                    .replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }

    /** A PDF, office document, image or other binary file is not an article's text. */
    private static void refuseBinary(String name, byte[] bytes) {
        String kind = bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F'
                ? "a PDF file" : bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4
                ? "an office document or archive" : null;
        if (kind == null) {
            int sample = Math.min(bytes.length, 4096);
            int control = 0;
            for (int i = 0; i < sample; i++) {
                int b = bytes[i] & 0xff;
                if (b == 0 || (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f')) {
                    control++;
                }
            }
            kind = control > sample / 100 ? "not a text file" : null;
        }
        if (kind != null) {
            throw new UnsupportedContentException("Not a text file", "'" + name + "' is " + kind + ". Claim "
                    + "Tracker imports plain text and HTML; open the file, copy the article's text and paste it, or "
                    + "save it as .txt or .html.");
        }
    }

    private static TooLargeException tooLarge(String name, int max) {
        return new TooLargeException("File too large", "'" + name + "' is larger than " + max
                + " bytes; no article is that long. Check that it is the right file.");
    }
}
