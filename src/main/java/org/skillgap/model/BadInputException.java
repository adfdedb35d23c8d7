package org.skillgap.model;

/**
 * Something a person gave the app (a file, an id, a level) is wrong. The message says what is
 * wrong and where, in words a person understands; the command line exits 2 on it, the window
 * shows it in a dialog. Nothing has been changed when it is thrown.
 */
public class BadInputException extends RuntimeException {

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
