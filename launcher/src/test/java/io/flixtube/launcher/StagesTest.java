package io.flixtube.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"01", "1", "stage-01", "stage-01-single-service",
            "stage-01-single-service/", " Stage-01 "})
    void stageResolvesFromEveryForm(String name) {
        assertEquals("stage-01-single-service", Stages.resolve(name).folder());
    }

    @ParameterizedTest
    @ValueSource(strings = {"99", "stage-99", "single-service", "", "stage-01-single"})
    void unknownStageListsTheStages(String name) {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> Stages.resolve(name));
        assertTrue(failure.getMessage().contains("'" + name + "'"), failure.getMessage());
        for (Stage stage : Stages.ALL) {
            assertTrue(failure.getMessage().contains(stage.folder()), failure.getMessage());
        }
    }

    @Test
    void defaultStageIsTheLastOne() {
        assertEquals(Stages.ALL.getLast(), Stages.defaultStage());
    }

    @Test
    void everyStageHasItsFrontService() {
        for (Stage stage : Stages.ALL) {
            assertEquals(stage.front(), stage.frontService().name());
        }
    }

    @Test
    void stagePortsDoNotCollide() {
        for (Stage stage : Stages.ALL) {
            long ports = stage.services().stream().mapToInt(ServiceSpec::port).distinct().count()
                    + stage.infrastructure().stream().mapToInt(Infrastructure::port).distinct().count();
            assertEquals(stage.services().size() + stage.infrastructure().size(), ports, stage.folder());
        }
    }
}
