package org.skillgap.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.skillgap.files.AtomicFile;
import org.skillgap.model.Messages;

/**
 * The text of a file a person chose, read with a cap on its size and checked to be UTF-8: the
 * same for a catalog and an export. A file that grows meanwhile, or a device such as /dev/zero,
 * cannot fill the memory.
 */
final class BoundedUtf8 {

    private BoundedUtf8() {
    }

    static byte[] read(Path file, String name, JsonKind kind) {
        try {
            if (Files.isDirectory(file)) {
                throw refuse(kind, name, "json.isFolder");
            }
            if (Files.isRegularFile(file) && Files.size(file) > JsonFiles.MAX_BYTES) {
                throw tooBig(kind, name, Files.size(file));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return capped(in.readNBytes(JsonFiles.MAX_BYTES + 1), name, kind);
            }
        } catch (NoSuchFileException e) {
            throw refuse(kind, name, "json.notFound");
        } catch (IOException | SecurityException e) {
            throw refuse(kind, name, "json.unreadable", AtomicFile.reason(e));
        }
    }

    static byte[] capped(byte[] bytes, String name, JsonKind kind) {
        if (bytes.length > JsonFiles.MAX_BYTES) {
            throw tooBig(kind, name, bytes.length);
        }
        return bytes;
    }

    /** The text of {@code bytes}, without the byte order mark some editors add. */
    static String decode(byte[] bytes, String name, JsonKind kind) {
        if (looksLikeUtf16(bytes)) {
            throw refuse(kind, name, "json.utf16");
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw refuse(kind, name, "json.notUtf8", in.position() + 1);
        }
        decoder.flush(out);
        String text = out.flip().toString();
        if (text.isBlank()) {
            throw refuse(kind, name, "json.empty", Messages.get(kind.nounKey()));
        }
        return text;
    }

    private static boolean looksLikeUtf16(byte[] b) {
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
            return true;
        }
        // Without a byte order mark, ASCII text in UTF-16 has a zero byte before or after every letter.
        return b.length >= 4 && (b[0] == 0 && b[2] == 0 && b[1] != 0 && b[3] != 0
                || b[1] == 0 && b[3] == 0 && b[0] != 0 && b[2] != 0);
    }

    private static JsonFileException tooBig(JsonKind kind, String name, long size) {
        String mb = String.format(Locale.ROOT, "%.1f", size / (1024.0 * 1024.0));
        return refuse(kind, name, "json.tooBig", mb, Messages.get(kind.nounKey()), JsonFiles.MAX_BYTES / (1024 * 1024));
    }

    private static JsonFileException refuse(JsonKind kind, String name, String key, Object... args) {
        return new JsonFileException(kind, name, List.of(JsonProblem.wholeFile(name, key, args)));
    }
}
