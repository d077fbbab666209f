package vn.reformtrack.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NONE", value = {
        "Matkhau123, nguyenvana, NONE",
        "short1, nguyenvana, password.error.tooShort",
        "NONE, nguyenvana, password.error.tooShort",
        "onlyletters, nguyenvana, password.error.lettersAndDigits",
        "1234567890, nguyenvana, password.error.lettersAndDigits",
        "NguyenVanA2025, nguyenvana, password.error.containsUsername",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1, x, password.error.tooLong",
        "Mậtkhẩuđặcbiệtặặặặặặặặặặặặặặặặặ1, x, password.error.tooManyBytes"
    })
    void passwordRules(String password, String username, String violation) {
        assertThat(PasswordPolicy.violation(password, username).orElse(null)).isEqualTo(violation);
    }
}
