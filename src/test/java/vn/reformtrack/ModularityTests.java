package vn.reformtrack;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Modules talk only through each other's public API (types in the module's top package) and never in a cycle. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ReformTrackApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }
}
