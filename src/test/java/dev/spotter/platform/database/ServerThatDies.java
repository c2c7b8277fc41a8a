package dev.spotter.platform.database;

import java.nio.file.Path;

/** Starts the embedded server in its own JVM and waits to be killed, to leave an orphaned PostgreSQL behind. */
final class ServerThatDies {

    private ServerThatDies() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedDatabaseServer.start(Path.of(args[0]));
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(120_000);
    }
}
