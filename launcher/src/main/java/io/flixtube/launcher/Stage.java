package io.flixtube.launcher;

import java.util.List;
import java.util.stream.Stream;

/**
 * A stage folder and the services that {@code ./flixtube up} starts for it.
 *
 * @param folder         the stage's folder, such as {@code stage-01-single-service}
 * @param infrastructure the stand-ins started before the services, such as a MongoDB server
 * @param services       the services, in the order they start
 * @param front          the service whose URL the launcher prints for the user to open
 * @param tryPath        a path on the front service worth opening first, such as {@code /video}
 */
public record Stage(String folder, List<Infrastructure> infrastructure, List<ServiceSpec> services,
                    String front, String tryPath) {

    /** Creates a stage that needs no infrastructure. */
    public Stage(String folder, List<ServiceSpec> services, String front, String tryPath) {
        this(folder, List.of(), services, front, tryPath);
    }

    /** Returns the Maven module of a service, such as {@code stage-01-single-service/video-streaming}. */
    public String module(ServiceSpec service) {
        return folder + "/" + service.name();
    }

    /** Returns the Maven modules that the launcher builds for this stage. */
    public List<String> modules() {
        return Stream.concat(infrastructure.stream().map(Infrastructure::module),
                services.stream().map(this::module)).toList();
    }

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
