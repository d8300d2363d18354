package dev.tally.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tally.store.Role;
import dev.tally.store.User;
import io.javalin.http.Context;
import java.util.Set;

/**
 * Accounts, under {@code /api/users}: admins list, add, disable and enable them; a password is changed
 * by its owner (who must give the current one) or reset by an admin. Each change goes to the audit
 * log; disabling an account or changing its password ends its sessions at once.
 */
final class AccountsApi {
    private final LedgerService service;
    private final Sessions sessions;

    AccountsApi(LedgerService service, Sessions sessions) {
        this.service = service;
        this.sessions = sessions;
    }

    /** {@code GET /api/users} (admin): the accounts, without their hashes. */
    void list(Context ctx) {
        Access.admin(ctx);
        new Params(ctx, Set.of());
        var items = ApiJson.MAPPER.createArrayNode();
        service.ledger().reviews().users().forEach(u -> items.add(json(u)));
        ctx.json(items);
    }

    /** {@code POST /api/users} (admin): adds an account with a role and a password of at least 8 characters. */
    void add(Context ctx) {
        Sessions.Session admin = Access.admin(ctx);
        Body body = Body.of(ctx);
        String name = body.text("name");
        Role role;
        try {
            role = Role.parse(body.text("role"));
        } catch (IllegalArgumentException e) {
            throw ApiError.badParameter("role", e.getMessage());
        }
        String hash = hash(body.text("password"));
        User user;
        try {
            user = service.write(l -> l.reviews().addUser(name, role, hash, admin.user()));
        } catch (IllegalArgumentException e) {
            throw ApiError.badParameter("name", e.getMessage());
        }
        ctx.status(201).json(json(user));
    }

    /** {@code POST /api/users/{name}/disable} and {@code /enable} (admin; never one's own account). */
    void setDisabled(Context ctx, boolean disabled) {
        Sessions.Session admin = Access.admin(ctx);
        String name = ctx.pathParam("name");
        if (disabled && name.equals(admin.user())) throw ApiError.badParameter("name", "an admin cannot disable their own account");
        User user = existing(name, () -> service.write(l -> l.reviews().setDisabled(name, disabled, admin.user())));
        if (disabled) sessions.endAll(name);
        ctx.json(json(user));
    }

    /**
     * {@code POST /api/users/{name}/password} with {@code {"password": new, "current": old}}: the owner
     * must give the current password; an admin resets another account's without it.
     */
    void setPassword(Context ctx) {
        Sessions.Session s = Access.signedIn(ctx);
        String name = ctx.pathParam("name");
        Body body = Body.of(ctx);
        boolean own = name.equals(s.user());
        if (!own && s.role() != Role.ADMIN) throw new ApiError(403, "name", "only an admin can set another account's password");
        if (own) {
            User me = service.ledger().reviews().user(name).orElseThrow(() -> ApiError.notFound("name", "no user '" + name + "'"));
            char[] current = body.optionalText("current").orElse("").toCharArray();
            boolean right = Passwords.verify(current, me.passwordHash());
            java.util.Arrays.fill(current, '\0');
            if (!right) throw new ApiError(403, "current", "the current password is wrong");
        }
        String hash = hash(body.text("password"));
        existing(name, () -> service.write(l -> l.reviews().setPassword(name, hash, s.user())));
        sessions.endAll(name);
        ctx.status(204);
    }

    private static String hash(String password) {
        try {
            return Passwords.hash(password.toCharArray());
        } catch (IllegalArgumentException e) {
            throw ApiError.badParameter("password", e.getMessage());
        }
    }

    /** Runs a change to account {@code name}; no such account is 404. */
    private static <T> T existing(String name, java.util.function.Supplier<T> change) {
        try {
            return change.get();
        } catch (IllegalArgumentException e) {
            throw ApiError.notFound("name", e.getMessage());
        }
    }

    private static ObjectNode json(User u) {
        ObjectNode o = ApiJson.MAPPER.createObjectNode();
        o.put("name", u.name());
        o.put("role", u.role().code());
        o.put("createdAt", u.createdAt().toString());
        o.put("disabled", u.disabled());
        return o;
    }
}
