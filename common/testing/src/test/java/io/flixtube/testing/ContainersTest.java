package io.flixtube.testing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks the container helpers that need no Docker engine.
 */
class ContainersTest {

    @Test
    void unsetImageVariableSaysHowToSetIt() {
        String variable = "FLIXTUBE_TEST_IMAGE_THAT_IS_NEVER_SET";

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Containers.image(variable));

        assertTrue(e.getMessage().startsWith(variable + " is not set"), e.getMessage());
        assertTrue(e.getMessage().contains("eval \"$(.ci/containers)\""), e.getMessage());
    }
}
