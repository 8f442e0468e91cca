package io.turnaround.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.domain.Settings;
import io.turnaround.ui.settings.SettingsViewModel;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class SettingsViewModelTest {
    @Test
    void editsBecomeSettingsOnlyWhenTheTimeCanBeRead() {
        SettingsViewModel vm = new SettingsViewModel(Settings.DEFAULTS);
        assertEquals(Settings.DEFAULTS, vm.result().orElseThrow());
        vm.bufferDaysProperty().set(2);
        vm.companyNameProperty().set("  Rivertown Garments  ");
        vm.contactTimeProperty().set("9:30");
        assertEquals(new Settings(2, 3, LocalTime.of(9, 30), "Rivertown Garments"), vm.result().orElseThrow());
        vm.contactTimeProperty().set("half nine");
        assertFalse(vm.validProperty().get());
        assertEquals(io.turnaround.ui.common.TypedInput.TIME_INVALID, vm.problemProperty().get());
        assertTrue(vm.result().isEmpty());
    }
}
