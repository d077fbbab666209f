package vn.reformtrack.shared.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.CommandLineRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.util.ClassUtils;
import vn.reformtrack.support.IntegrationTest;

/**
 * Start-up work runs before the web server takes a request. Boot's runners run after it: a loader written as one
 * would bring back the minutes-long window in which the sign-in page answered and the demo password was refused.
 * (The two-node test signs in the moment the first page answers.)
 */
@IntegrationTest
class StartupTasksTest {

    @Autowired
    ApplicationContext context;

    @Test
    void noModuleLoadsDataInARunnerThatRunsAfterTheServerIsOpen() {
        String[] runners = Arrays.stream(context.getBeanNamesForType(ApplicationRunner.class))
                .filter(name -> isOurs(context.getType(name)))
                .toArray(String[]::new);
        String[] commandLineRunners = Arrays.stream(context.getBeanNamesForType(CommandLineRunner.class))
                .filter(name -> isOurs(context.getType(name)))
                .toArray(String[]::new);
        assertThat(runners).isEmpty();
        assertThat(commandLineRunners).isEmpty();
        assertThat(context.getBeansOfType(StartupTask.class)).hasSizeGreaterThanOrEqualTo(9);
    }

    @Test
    void theTasksRunInALifecyclePhaseBeforeTheWebServerStarts() {
        SmartLifecycle webServer = context.getBeansOfType(SmartLifecycle.class).values().stream()
                .filter(lifecycle -> lifecycle.getClass().getSimpleName().equals("WebServerStartStopLifecycle"))
                .findFirst()
                .orElseThrow();
        StartupTasks tasks = context.getBean(StartupTasks.class);

        assertThat(tasks.getPhase()).isLessThan(webServer.getPhase());
        assertThat(tasks.isRunning()).isTrue();
    }

    private static boolean isOurs(Class<?> type) {
        return type != null && ClassUtils.getUserClass(type).getName().startsWith("vn.reformtrack.");
    }
}
