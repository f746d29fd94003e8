package org.momentum.app.cli;

import picocli.CommandLine.Option;

/** Where the server listens: shared by {@code serve} and {@code demo}. */
public final class ServeOptions {
    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}).")
    String host;
}
