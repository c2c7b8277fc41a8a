package dev.spotter.studios.internal;

import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.tenancy.Email;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTests {

    private final Email email = new Email("sam.okafor@example.com");

    @Test
    void acceptsTwelveToOneHundredTwentyEightCharacters() {
        assertThatCode(() -> PasswordPolicy.check("twelve chars", email)).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("abcd".repeat(32), email)).doesNotThrowAnyException();
    }

    @Test
    void rejectsElevenCharacters() {
        assertThatThrownBy(() -> PasswordPolicy.check("eleven char", email))
                .isInstanceOf(InvalidFieldException.class).hasMessage("must be at least 12 characters");
    }

    @Test
    void rejectsOneHundredTwentyNineCharacters() {
        assertThatThrownBy(() -> PasswordPolicy.check("abcd".repeat(32) + "c", email))
                .hasMessage("must be at most 128 characters");
    }

    @Test
    void countsCharactersNotUtf16Units() {
        // Twelve emoji are 24 UTF-16 units but twelve characters.
        assertThatCode(() -> PasswordPolicy.check("🏋🏃🧘🚴🏊🤸🏋🏃🧘🚴🏊🤸", email)).doesNotThrowAnyException();
    }

    @Test
    void rejectsAPasswordBuiltFromTheEmail() {
        assertThatThrownBy(() -> PasswordPolicy.check("Sam.Okafor2026!", email))
                .hasMessage("must not contain your email address");
    }

    @Test
    void rejectsARepeatedCharacter() {
        assertThatThrownBy(() -> PasswordPolicy.check("aaaaaaaaaaaaaaa", email)).hasMessageContaining("too easy");
    }

    @Test
    void namesTheFieldItChecks() {
        assertThatThrownBy(() -> PasswordPolicy.check("newPassword", "short", email))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo("newPassword"));
    }
}
