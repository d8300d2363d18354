package dev.tally.web;

import dev.tally.store.Role;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Who is asking, and whether they may: run before every {@code /api} request. Reads are open;
 * every write (POST, PUT, PATCH, DELETE) must be JSON, and, except signing in, must come from a
 * signed-in session and carry that session's CSRF token in {@code X-CSRF-Token}. Handlers then ask
 * for the role they need. The session cookie is HttpOnly and SameSite=Strict, so another site can
 * neither read it nor send it; the token is the second lock.
 */
final class Access {
    static final String COOKIE = "tally_session";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String SESSION = "tally.session";
    private final Sessions sessions;
    /** Whether an account may still act: a session of a disabled account (disabled by another process too) is over. */
    private final Predicate<String> enabled;

    Access(Sessions sessions, Predicate<String> enabled) {
        this.sessions = sessions;
        this.enabled = enabled;
    }

    void check(Context ctx) {
        Optional<Sessions.Session> session = sessions.find(ctx.cookie(COOKIE));
        if (session.isPresent() && !enabled.test(session.get().user())) {
            sessions.endAll(session.get().user());
            session = Optional.empty();
        }
        session.ifPresent(s -> ctx.attribute(SESSION, s));
        HandlerType method = ctx.method();
        if (method == HandlerType.GET || method == HandlerType.HEAD || method == HandlerType.OPTIONS) return;
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (!type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new ApiError(415, "Content-Type", "writes must send Content-Type: application/json; got '" + type + "'");
        }
        if (method == HandlerType.POST && ctx.path().equals("/api/session")) return;
        Sessions.Session s = session.orElseThrow(() -> new ApiError(401, null, "sign in first: this request changes the ledger"));
        if (!s.csrfMatches(ctx.header(CSRF_HEADER))) {
            throw new ApiError(403, CSRF_HEADER, "missing or wrong CSRF token: send the token GET /api/session gives in the "
                    + CSRF_HEADER + " header");
        }
    }

    static Optional<Sessions.Session> session(Context ctx) {
        return Optional.ofNullable(ctx.attribute(SESSION));
    }

    /** The session, or 401. */
    static Sessions.Session signedIn(Context ctx) {
        return session(ctx).orElseThrow(() -> new ApiError(401, null, "sign in first"));
    }

    /** The session of an analyst or admin, else 401 or 403. */
    static Sessions.Session reviewer(Context ctx) {
        Sessions.Session s = signedIn(ctx);
        if (!s.role().canReview()) throw new ApiError(403, null, "a " + s.role().code() + " cannot change the ledger; analysts and admins can");
        return s;
    }

    /** The session of an admin, else 401 or 403. */
    static Sessions.Session admin(Context ctx) {
        Sessions.Session s = signedIn(ctx);
        if (s.role() != Role.ADMIN) throw new ApiError(403, null, "only an admin can manage accounts; you are " + s.role().code());
        return s;
    }
}
