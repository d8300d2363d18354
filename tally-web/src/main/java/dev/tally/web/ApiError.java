package dev.tally.web;

import java.util.Optional;

/**
 * A request the API refuses, with the HTTP status, the parameter (query parameter, path part, body
 * field or header) at fault when there is one, and a message for the person who sent it. The
 * server's one exception mapper turns it into a JSON body.
 */
final class ApiError extends RuntimeException {
    private final int status;
    private final transient Optional<String> parameter;

    ApiError(int status, String parameter, String message) {
        super(message, null, false, false);
        this.status = status;
        this.parameter = Optional.ofNullable(parameter);
    }

    static ApiError badParameter(String parameter, String message) {
        return new ApiError(400, parameter, message);
    }

    static ApiError notFound(String parameter, String message) {
        return new ApiError(404, parameter, message);
    }

    int status() {
        return status;
    }

    Optional<String> parameter() {
        return parameter;
    }
}
