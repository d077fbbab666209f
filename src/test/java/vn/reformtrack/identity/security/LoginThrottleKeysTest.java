package vn.reformtrack.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the sign-in limits count: names as typed by anyone, addresses as networks hand them out. */
class LoginThrottleKeysTest {

    @Test
    void oneIpv6ClientIsOneNetworkWhateverAddressOfItsSlash64ItComesFrom() {
        assertThat(LoginThrottle.addressKey("2001:db8:abcd:12:1::5"))
                .isEqualTo(LoginThrottle.addressKey("2001:db8:abcd:12:ffff::9"))
                .isEqualTo("20010db8abcd0012::/64");
        assertThat(LoginThrottle.addressKey("2001:db8:abcd:13::1")).isNotEqualTo(LoginThrottle.addressKey("2001:db8:abcd:12::1"));
    }

    @Test
    void anIpv4AddressIsCountedAsItIs() {
        assertThat(LoginThrottle.addressKey(" 203.0.113.7 ")).isEqualTo("203.0.113.7");
        assertThat(LoginThrottle.addressKey(null)).isEqualTo("unknown");
        // A name a proxy passed on is counted as written, never looked up.
        assertThat(LoginThrottle.addressKey("deadbeef")).isEqualTo("deadbeef");
        assertThat(LoginThrottle.addressKey("proxy.example.vn")).isEqualTo("proxy.example.vn");
    }

    @Test
    void aUserNameIsCountedWhateverItsCaseAndSpaces() {
        assertThat(LoginThrottle.key(" Head ")).isEqualTo(LoginThrottle.key("head"));
        assertThat(LoginThrottle.key("x".repeat(300))).hasSize(100);
    }
}
