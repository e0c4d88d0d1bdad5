package io.flixtube.storage;

import java.util.regex.Pattern;

import io.flixtube.common.Problem;
import io.flixtube.common.ProblemException;

/**
 * The rule for video ids: a file name without any folder, so that no id can name something
 * outside the storage folder or container, whatever the backend does with it.
 */
public final class VideoId {

    /** Letters, digits, dots, dashes and underscores; the first character a letter or digit. */
    public static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

    private VideoId() {
    }

    /**
     * Returns the id when it matches {@link #ALLOWED}.
     *
     * @param id the {@code id} query parameter, or {@code null} when the request had none
     * @throws ProblemException with 400 naming the id when it is missing or not allowed
     */
    public static String validate(String id) {
        if (id == null || id.isEmpty()) {
            throw new ProblemException(Problem.badRequest(
                    "Missing query parameter id: ask for /video?id=<video id>, such as sample.mp4."));
        }
        if (!ALLOWED.matcher(id).matches()) {
            throw new ProblemException(Problem.badRequest("Invalid video id " + Problem.quote(id)
                    + ": use 1 to 200 letters, digits, '.', '-' or '_', starting with a letter"
                    + " or digit."));
        }
        return id;
    }
}
