package dev.tally.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tally.store.User;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Signing in and out. {@code POST /api/session} checks a name and password and sets the session
 * cookie (HttpOnly, SameSite=Strict); {@code GET /api/session} tells who is signed in and gives the
 * CSRF token the page must send with each write; {@code DELETE /api/session} signs out. Every
 * sign-in, right or wrong, goes to the audit log; repeated failures are slowed ({@link SignInThrottle}:
 * 429 with Retry-After).
 */
final class AuthApi {
    private final LedgerService service;
    private final Sessions sessions;
    private final SignInThrottle throttle;

    AuthApi(LedgerService service, Sessions sessions, SignInThrottle throttle) {
        this.service = service;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    void signIn(Context ctx) {
        Body body = Body.of(ctx);
        String name = body.text("name");
        String address = ctx.ip();
        Optional<java.time.Duration> wait = throttle.wait(name, address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            ctx.header("Retry-After", String.valueOf(seconds));
            throw new ApiError(429, "name", "too many failed sign-ins; try again in " + seconds + " s");
        }
        char[] password = body.text("password").toCharArray();
        Optional<User> user = service.ledger().reviews().user(name);
        boolean ok;
        if (user.isPresent()) {
            ok = Passwords.verify(password, user.get().passwordHash());
        } else {
            Passwords.verifyNothing(password);
            ok = false;
        }
        java.util.Arrays.fill(password, '\0');
        service.ledger().reviews().logSignIn(name, address, ok);
        if (!ok) {
            throttle.failed(name, address);
            throw new ApiError(401, "password", "wrong name or password");
        }
        throttle.succeeded(name, address);
        if (user.get().disabled()) throw new ApiError(403, "name", "this account is disabled; an admin can enable it");
        Sessions.Session s = sessions.start(user.get().name(), user.get().role());
        String secure = "https".equalsIgnoreCase(ctx.scheme()) ? "; Secure" : "";
        ctx.header("Set-Cookie", Access.COOKIE + "=" + s.token() + "; Path=/; HttpOnly; SameSite=Strict; Max-Age="
                + Sessions.LIFETIME.toSeconds() + secure);
        ctx.json(describe(s));
    }

    void current(Context ctx) {
        new Params(ctx, java.util.Set.of());
        ctx.json(describe(Access.signedIn(ctx)));
    }

    void signOut(Context ctx) {
        Access.session(ctx).ifPresent(s -> sessions.end(s.token()));
        ctx.header("Set-Cookie", Access.COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
        ctx.status(204);
    }

    private static ObjectNode describe(Sessions.Session s) {
        ObjectNode o = ApiJson.MAPPER.createObjectNode();
        o.put("name", s.user());
        o.put("role", s.role().code());
        o.put("canReview", s.role().canReview());
        o.put("csrf", s.csrf());
        return o;
    }
}
