package io.flixtube.launcher;

import java.util.List;

/**
 * A stage folder and the services that {@code ./flixtube up} starts for it.
 *
 * @param folder    the stage's folder, such as {@code stage-01-single-service}
 * @param services  the services, in the order they start
 * @param front     the service whose URL the launcher prints for the user to open
 * @param tryPath   a path on the front service worth opening first, such as {@code /video}
 */
public record Stage(String folder, List<ServiceSpec> services, String front, String tryPath) {

    /** Returns the two-digit number of the stage, such as {@code 01}. */
    public String number() {
        return folder.substring("stage-".length(), "stage-".length() + 2);
    }

    /** Returns the service the user opens. */
    public ServiceSpec frontService() {
        return services.stream()
                .filter(service -> service.name().equals(front))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "Stage " + folder + " has no service named " + front));
    }
}
