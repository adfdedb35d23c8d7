package org.skillgap.posting;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import org.skillgap.model.BadInputException;
import org.skillgap.model.Messages;

/**
 * The text of a job posting, from what a person pasted or a file: {@code .txt}, {@code .md},
 * {@code .html} (the visible text only) or {@code .pdf}. Bounded: a file over {@link #MAX_BYTES},
 * an empty, binary or unreadable one is a {@link BadInputException} that says which. Nothing a
 * file refers to (images, scripts, links) is ever fetched: jsoup only parses the text given.
 */
public final class PostingText {

    /** 1 MB: a long posting is a few tens of kilobytes; anything bigger is not a posting. */
    public static final int MAX_BYTES = 1_000_000;

    /** Elements whose content a browser does not show as text. */
    private static final String INVISIBLE = "head, script, style, noscript, template, iframe, object, embed, svg, "
            + "canvas, select, [hidden], [aria-hidden=true], [style~=(?i)display\\s*:\\s*none], "
            + "[style~=(?i)visibility\\s*:\\s*hidden]";

    private PostingText() {
    }

    /** The text of a posting file, by its extension. */
    public static String read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(Messages.get("posting.error.unreadable", file));
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        String type = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        if (!type.matches("txt|text|md|markdown|html|htm|pdf")) {
            throw new BadInputException(Messages.get("posting.error.type", file));
        }
        byte[] bytes = bytes(file);
        String text = switch (type) {
            case "pdf" -> pdf(file, bytes);
            case "html", "htm" -> html(decode(file, bytes));
            default -> decode(file, bytes);
        };
        return checked(text, file.toString());
    }

    /** Text a person pasted, with the same limits as a file. */
    public static String pasted(String text) {
        if (text.length() > MAX_BYTES) {
            throw new BadInputException(Messages.get("posting.error.tooLarge", Messages.get("posting.pasted"),
                    MAX_BYTES / 1_000_000));
        }
        if (text.indexOf('\0') >= 0) {
            throw new BadInputException(Messages.get("posting.error.binary", Messages.get("posting.pasted")));
        }
        return checked(text, Messages.get("posting.pasted"));
    }

    /** The visible text of an HTML page, a line for each block, so headings stay headings. */
    static String html(String html) {
        Document document = Jsoup.parse(html);
        document.select(INVISIBLE).remove();
        StringBuilder text = new StringBuilder();
        document.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.text());
                } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    text.append('\n');
                }
            }
        });
        return text.toString().replaceAll("[ \\t\\u00a0]+", " ").replaceAll(" ?\\n[ \\n]*", "\n").strip();
    }

    private static byte[] bytes(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new BadInputException(Messages.get("posting.error.tooLarge", file, MAX_BYTES / 1_000_000));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException(Messages.get("posting.error.unreadable", file), e);
        }
    }

    /** UTF-8 text; a NUL or a byte sequence UTF-8 does not allow means the file is not text. */
    private static String decode(Path file, byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                throw new BadInputException(Messages.get("posting.error.binary", file));
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new BadInputException(Messages.get("posting.error.binary", file), e);
        }
    }

    private static String pdf(Path file, byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new BadInputException(Messages.get("posting.error.unreadable", file), e);
        }
    }

    private static String checked(String text, String source) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        if (normalised.isBlank()) {
            throw new BadInputException(Messages.get("posting.error.empty", source));
        }
        return normalised;
    }
}
