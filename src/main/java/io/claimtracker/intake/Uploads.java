package io.claimtracker.intake;

import io.claimtracker.common.web.Problem;
import io.claimtracker.common.web.ProblemException;
import io.claimtracker.intake.ImportDtos.Document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Turns uploaded files, and the text files inside zip archives, into documents, within size and count limits. */
final class Uploads {

    private Uploads() {
    }

    static List<Document> documents(String name, byte[] bytes, int maxFiles, int maxFileBytes) {
        if (name != null && name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return unzip(bytes, maxFiles, maxFileBytes);
        }
        if (bytes.length > maxFileBytes) {
            throw tooLarge(name, maxFileBytes);
        }
        return List.of(new Document(name, text(name, bytes)));
    }

    private static List<Document> unzip(byte[] bytes, int maxFiles, int maxFileBytes) {
        List<Document> documents = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String entryName = entry.getName();
                String base = entryName.substring(entryName.lastIndexOf('/') + 1);
                if (entry.isDirectory() || base.startsWith(".") || entryName.contains("__MACOSX")
                        || !base.toLowerCase(Locale.ROOT).matches(".*\\.(txt|text|html|htm)$")) {
                    continue;
                }
                if (documents.size() >= maxFiles) {
                    throw new ProblemException(Problem.of(413, "Too many files", "The archive holds more than "
                            + maxFiles + " articles; split it."));
                }
                byte[] content = zip.readNBytes(maxFileBytes + 1);
                if (content.length > maxFileBytes) {
                    throw tooLarge(entryName, maxFileBytes);
                }
                documents.add(new Document(entryName, text(entryName, content)));
            }
        } catch (IOException e) {
            throw new ProblemException(Problem.of(422, "Unreadable archive", "The archive could not be read as a zip "
                    + "file. Create it again and retry."));
        }
        if (documents.isEmpty()) {
            throw new ProblemException(Problem.of(422, "Empty archive", "The archive holds no .txt or .html files."));
        }
        return documents;
    }

    /** The file as UTF-8, or as Windows-1252 when it is not valid UTF-8 (older saved pages). */
    private static String text(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString()
                    .replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }

    private static ProblemException tooLarge(String name, int max) {
        return new ProblemException(Problem.of(413, "File too large", "'" + name + "' is larger than " + max
                + " bytes; no article is that long. Check that it is the right file."));
    }
}
