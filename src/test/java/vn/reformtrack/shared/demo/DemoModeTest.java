package vn.reformtrack.shared.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DemoModeTest {

    @Test
    void theEmbeddedDatabaseMeansDemoUnlessSaidOtherwise() {
        assertThat(DemoMode.decide(new MockEnvironment())).isTrue();
        assertThat(DemoMode.decide(new MockEnvironment().withProperty("reformtrack.demo.enabled", "false"))).isFalse();
    }

    @Test
    void aRealServerMeansNoDemoUnlessTheDemoProfileIsOn() {
        MockEnvironment server = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/rt");
        assertThat(DemoMode.decide(server)).isFalse();
        server.setActiveProfiles("demo");
        assertThat(DemoMode.decide(server)).isTrue();
    }
}
