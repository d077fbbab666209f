package vn.reformtrack;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.scheduling.annotation.Scheduled;
import vn.reformtrack.shared.jobs.ScheduledJobs;

/** Modules talk only through each other's public API (types in the module's top package) and never in a cycle. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ReformTrackApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    /** So that every job runs on one node only and its runs show in the metrics (reformtrack_job_runs_seconds). */
    @Test
    void everyScheduledJobRunsThroughScheduledJobs() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.reformtrack");
        List<JavaClass> jobs = classes.stream()
                .filter(type -> type.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(Scheduled.class)))
                .toList();

        assertThat(jobs).hasSizeGreaterThanOrEqualTo(4);
        assertThat(jobs).allSatisfy(job -> assertThat(job.getDirectDependenciesFromSelf().stream()
                        .map(Dependency::getTargetClass).map(JavaClass::getName))
                .as(job.getName()).contains(ScheduledJobs.class.getName()));
    }
}
