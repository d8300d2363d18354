package dev.tally.cli;

import dev.tally.store.Ledger;
import dev.tally.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code tally serve}: the REST API and the dashboard over a ledger, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the dashboard and the REST API (/api, described at /api/openapi.json) over the ledger.",
                "Runs until stopped (Ctrl-C). Create the first account with 'tally user add --role admin'."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LedgerOption ledger;

    @Option(names = "--port", defaultValue = "7070", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            spec.commandLine().getErr().println("--port must be between 0 and 65535; got " + port);
            return Tally.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stopped = new CountDownLatch(1);
        try (Ledger l = ledger.openExisting(); WebServer server = new WebServer(l).start(host, port)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "tally-serve-stop"));
            out.printf("Tally: serving %s at http://%s:%d/ (API: /api, described at /api/openapi.json); Ctrl-C stops%n",
                    l.location(), host.equals("0.0.0.0") ? "localhost" : host, server.port());
            out.flush();
            stopped.await();
        }
        return Tally.OK;
    }
}
