package vn.reformtrack;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import vn.reformtrack.shared.db.BackupCommand;

/**
 * ReformTrack: a province plans and monitors its administrative-reform indices (PAR Index, SIPAS, PAPI, PCI).
 * One top-level package per domain module; {@code shared} holds the web and persistence infrastructure.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ReformTrackApplication {

    /** Starts the application, or runs {@code backup <file>} / {@code restore <file>} (README, "Backup and restore"). */
    public static void main(String[] args) {
        if (BackupCommand.isCommand(args)) {
            System.exit(BackupCommand.run(args));
        }
        SpringApplication.run(ReformTrackApplication.class, args);
    }
}
