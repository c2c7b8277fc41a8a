package dev.spotter.platform.tenancy;

import dev.spotter.platform.api.InvalidFieldException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailTests {

    @Test
    void trimsAndLowerCasesSoThatCaseCannotRegisterTwice() {
        assertThat(new Email("  Sam.Okafor@Example.COM ").value()).isEqualTo("sam.okafor@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "sam", "sam@", "@example.com", "sam@example", "sam okafor@example.com",
            "a@b@c.com"})
    void rejectsWhatCannotBeAnAddress(String text) {
        assertThatThrownBy(() -> new Email(text)).isInstanceOf(InvalidFieldException.class);
    }
}
