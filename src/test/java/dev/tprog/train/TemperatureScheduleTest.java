package dev.tprog.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TemperatureScheduleTest {

    @Test
    void anchorsAreGeometricAndStepsInterpolateBetweenThem() {
        // 3 epochs from 4 to 1: anchors 4, 2, 1; 3 steps per epoch
        TemperatureSchedule schedule = new TemperatureSchedule(4, 1, 3, 3, TemperatureSpacing.GEOMETRIC);
        assertThat(schedule.at(0, 0)).isEqualTo(4.0);
        assertThat(schedule.at(0, 1)).isCloseTo(Math.sqrt(8), within(1e-12)); // geomspace(4, 2, 3)[1]
        assertThat(schedule.at(0, 2)).isEqualTo(2.0);
        assertThat(schedule.at(1, 0)).isEqualTo(2.0);
        assertThat(schedule.at(1, 1)).isCloseTo(Math.sqrt(2), within(1e-12));
        assertThat(schedule.at(1, 2)).isEqualTo(1.0);
        // the last epoch stays at the end temperature
        assertThat(schedule.at(2, 0)).isEqualTo(1.0);
        assertThat(schedule.at(2, 2)).isEqualTo(1.0);
    }

    @Test
    void theReferenceDefaultsFallFrom3To001() {
        TemperatureSchedule schedule = new TemperatureSchedule(3, 0.01, 250, 16, TemperatureSpacing.GEOMETRIC);
        assertThat(schedule.at(0, 0)).isEqualTo(3.0);
        // anchor of epoch 125 is 3 * (0.01/3)^(125/249)
        assertThat(schedule.at(125, 0)).isCloseTo(3 * Math.pow(0.01 / 3, 125.0 / 249), within(1e-12));
        assertThat(schedule.at(249, 7)).isEqualTo(0.01);
    }

    @Test
    void linspaceSpacesTheAnchorsEvenlyAndTheStepsStayGeometric() {
        // 4 epochs from 4 to 1: anchors linspace(4, 1, 4) = 4, 3, 2, 1; 3 steps per epoch
        TemperatureSchedule schedule = new TemperatureSchedule(4, 1, 4, 3, TemperatureSpacing.LINEAR);
        assertThat(schedule.at(0, 0)).isEqualTo(4.0);
        assertThat(schedule.at(0, 1)).isCloseTo(Math.sqrt(12), within(1e-12)); // geomspace(4, 3, 3)[1]
        assertThat(schedule.at(1, 0)).isEqualTo(3.0);
        assertThat(schedule.at(2, 0)).isEqualTo(2.0);
        assertThat(schedule.at(2, 1)).isCloseTo(Math.sqrt(2), within(1e-12));
        assertThat(schedule.at(3, 2)).isEqualTo(1.0);
        // numpy: linspace(3, 0.01, 250)[125] = 125 * ((0.01 - 3) / 249) + 3
        assertThat(new TemperatureSchedule(3, 0.01, 250, 16, TemperatureSpacing.LINEAR).at(125, 0))
                .isEqualTo(125 * ((0.01 - 3) / 249) + 3);
    }
}
