package dev.tally.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tally.store.Ledger;
import dev.tally.store.LedgerException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tally's web server: the REST API under {@code /api} and the dashboard at {@code /}, both from this
 * jar, on one port. Every error answers with its status and a JSON body
 * {@code {"status", "error", "parameter"}}, never a stack trace. Pages may load scripts, styles and
 * data only from the server itself (Content-Security-Policy), so data shown can never run as script.
 *
 * <p>Answers come from an in-memory snapshot of the ledger, replaced after each write through the API
 * and when another process (an ingest) changes the ledger, which the server checks every 10 seconds.
 *
 * <p>Thread-safe. {@link #start} once, {@link #close} to stop; the ledger stays open (the caller owns it).
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(WebServer.class.getName());
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    private static final String ERROR_WRITTEN = "tally.error";
    /** The largest request body the API reads, however it is sent (with a length or chunked). */
    static final int MAX_BODY_BYTES = 1_000_000;
    /** How often the server looks for changes another process made to the ledger. */
    private static final long WATCH_SECONDS = 10;
    private final LedgerService service;
    private final Javalin app;
    private final java.util.concurrent.ScheduledExecutorService watcher = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tally-ledger-watch");
        t.setDaemon(true);
        return t;
    });

    public WebServer(Ledger ledger) {
        this.service = new LedgerService(ledger);
        Sessions sessions = new Sessions(Clock.systemUTC());
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(ApiJson.MAPPER, false));
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/dev/tally/web/static";
                files.location = Location.CLASSPATH;
            });
        });
        routes(sessions);
        errors();
    }

    private void routes(Sessions sessions) {
        Access access = new Access(sessions, name -> service.ledger().reviews().user(name).filter(u -> !u.disabled()).isPresent());
        IncidentsApi incidents = new IncidentsApi(service);
        ClaimsApi claims = new ClaimsApi(service);
        DocumentsApi documents = new DocumentsApi(service);
        OutletsApi outlets = new OutletsApi(service);
        SeriesApi series = new SeriesApi(service);
        ReviewApi review = new ReviewApi(service);
        AuthApi auth = new AuthApi(service, sessions, new SignInThrottle(Clock.systemUTC()));
        AccountsApi accounts = new AccountsApi(service, sessions);
        app.before(WebServer::securityHeaders);
        app.before("/api/*", access::check);
        app.get("/api/openapi.json", WebServer::openApi);
        app.get("/api/incidents", incidents::list);
        app.get("/api/incidents/download", incidents::download);
        app.post("/api/incidents/merge", review::merge);
        app.get("/api/incidents/{id}", incidents::one);
        app.post("/api/incidents/{id}/split", review::split);
        app.get("/api/claims", claims::list);
        app.get("/api/claims/{id}", claims::one);
        app.post("/api/claims/{id}/reviews", review::reviewClaim);
        app.get("/api/documents", documents::list);
        app.get("/api/documents/{id}", documents::one);
        app.get("/api/outlets", outlets::list);
        app.get("/api/outlets/{name}", outlets::one);
        app.get("/api/series", series::series);
        app.get("/api/stats", series::stats);
        app.get("/api/audit", review::audit);
        app.get("/api/session", auth::current);
        app.post("/api/session", auth::signIn);
        app.delete("/api/session", auth::signOut);
        app.get("/api/users", accounts::list);
        app.post("/api/users", accounts::add);
        app.post("/api/users/{name}/disable", ctx -> accounts.setDisabled(ctx, true));
        app.post("/api/users/{name}/enable", ctx -> accounts.setDisabled(ctx, false));
        app.post("/api/users/{name}/password", accounts::setPassword);
    }

    private void errors() {
        app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e.parameter().orElse(null)));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage(), null));
        app.exception(LedgerException.class, (e, ctx) -> {
            LOG.log(Level.WARNING, "ledger failure on " + ctx.method() + " " + ctx.path(), e);
            error(ctx, 503, "the ledger could not answer; try again", null);
        });
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage(), null));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.log(Level.WARNING, "failure on " + ctx.method() + " " + ctx.path(), e);
            error(ctx, 500, "internal error", null);
        });
        app.error(404, ctx -> {
            if (ctx.attribute(ERROR_WRITTEN) == null) error(ctx, 404, "no such resource: " + ctx.path(), null);
        });
        app.error(405, ctx -> {
            if (ctx.attribute(ERROR_WRITTEN) == null) error(ctx, 405, "method not allowed: " + ctx.method() + " " + ctx.path(), null);
        });
    }

    private static void error(Context ctx, int status, String message, String parameter) {
        ObjectNode o = ApiJson.MAPPER.createObjectNode();
        o.put("status", status);
        o.put("error", message);
        o.put("parameter", parameter);
        ctx.attribute(ERROR_WRITTEN, true);
        ctx.status(status).json(o);
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        if (ctx.path().startsWith("/api/")) ctx.header("Cache-Control", "no-store");
    }

    private static void openApi(Context ctx) {
        try (InputStream in = WebServer.class.getResourceAsStream("openapi.json")) {
            if (in == null) throw new IllegalStateException("openapi.json must be on the classpath beside WebServer");
            ctx.contentType("application/json").result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts listening on {@code host} (127.0.0.1 keeps it on this machine) and {@code port} (0 for any free one). */
    public WebServer start(String host, int port) {
        app.start(host, port);
        watcher.scheduleWithFixedDelay(this::watch, WATCH_SECONDS, WATCH_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        return this;
    }

    private void watch() {
        try {
            service.reloadIfChanged();
        } catch (RuntimeException e) {
            // The next round tries again; a ledger that stays unreachable shows in the answers' errors.
            LOG.log(Level.WARNING, "reading the ledger for changes failed", e);
        }
    }

    /** The port it listens on, once started. */
    public int port() {
        return app.port();
    }

    /**
     * Re-reads the ledger if another process changed it (the server also looks every 10 seconds);
     * returns whether it did.
     */
    public boolean reloadIfChanged() {
        return service.reloadIfChanged();
    }

    @Override
    public void close() {
        watcher.shutdownNow();
        app.stop();
    }
}
