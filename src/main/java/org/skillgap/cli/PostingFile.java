package org.skillgap.cli;

import java.nio.file.Path;

import picocli.CommandLine.Parameters;

/** The job posting file that {@code posting fit} and {@code posting add} read. */
final class PostingFile {

    @Parameters(descriptionKey = "postingFile", paramLabel = "FILE",
            description = "The posting: a .txt, .md, .html or .pdf file.")
    Path file;
}
