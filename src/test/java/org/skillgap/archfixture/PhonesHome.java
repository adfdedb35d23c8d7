package org.skillgap.archfixture;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URL;

/** What the network rule must catch; test code only, never part of the app. */
public final class PhonesHome {

    private PhonesHome() {
    }

    static void send(String host) throws IOException {
        try (Socket socket = new Socket(host, 443)) {
            socket.getOutputStream().write(1);
        }
    }

    static InputStream fetch(URL url) throws IOException {
        return url.openStream();
    }
}
