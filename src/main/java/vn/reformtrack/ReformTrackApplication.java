package vn.reformtrack;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * ReformTrack: a province plans and monitors its administrative-reform indices (PAR Index, SIPAS, PAPI, PCI).
 * One top-level package per domain module; {@code shared} holds the web and persistence infrastructure.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ReformTrackApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReformTrackApplication.class, args);
    }
}
