package vn.reformtrack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.yaml.snakeyaml.Yaml;

/**
 * The JVM settings are written twice: in pom.xml (the README's run command and the cold-start measurement) and in
 * docker-compose.yml (the image). They must say the same, or the memory and start-up the README measured are not what
 * a province's server runs.
 */
class DeploymentSettingsTest {

    /** Lets a JDK 17 older than 17.0.9 start with the trimming option it does not know; the image's JDK 21 knows it. */
    private static final String FOR_OLD_JDKS = "-XX:+IgnoreUnrecognizedVMOptions";

    @Test
    void dockerComposeRunsTheJvmWithTheSettingsOfThePom() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        String pomOptions = pom.getElementsByTagName("reformtrack.jvm.options").item(0).getTextContent();

        Map<String, Object> compose;
        try (Reader reader = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
            compose = new Yaml().load(reader);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> app = (Map<String, Object>) compose.get("x-app");
        @SuppressWarnings("unchecked")
        Map<String, Object> environment = (Map<String, Object>) app.get("environment");
        String composeOptions = (String) environment.get("JAVA_TOOL_OPTIONS");

        assertThat(options(composeOptions)).isNotEmpty()
                .isEqualTo(options(pomOptions).stream().filter(option -> !option.equals(FOR_OLD_JDKS)).toList());
        assertThat(environment.get("MALLOC_ARENA_MAX"))
                .isEqualTo(pom.getElementsByTagName("MALLOC_ARENA_MAX").item(0).getTextContent()).isEqualTo("2");
    }

    private static List<String> options(String line) {
        return Arrays.stream(line.trim().split("\\s+")).toList();
    }
}
