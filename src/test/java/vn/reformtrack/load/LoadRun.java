package vn.reformtrack.load;

import io.gatling.app.Gatling$;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs {@link PagesSimulation} once in this JVM with Gatling (which writes its HTML report under {@code resultsFolder})
 * and returns each measured page's figures.
 */
final class LoadRun {

    private LoadRun() {}

    static LoadReport run(LoadSettings settings, int users, Path resultsFolder) {
        PagesSimulation.plan = new PagesSimulation.Plan(settings, users);
        PagesSimulation.MEASURED.clear();
        try {
            Files.createDirectories(resultsFolder);
            long started = System.currentTimeMillis();
            List<String> arguments = new ArrayList<>(List.of(
                    "--simulation", PagesSimulation.class.getName(),
                    "--results-folder", resultsFolder.toAbsolutePath().toString(),
                    "--run-description", users + " users, " + settings.perPage().toMillis() + " ms per page"));
            if (!settings.pageByPage()) {
                arguments.add("--no-reports");
            }
            int status = Gatling$.MODULE$.fromArgs(arguments.toArray(String[]::new));
            List<LoadReport.Row> rows = new ArrayList<>();
            synchronized (PagesSimulation.MEASURED) {
                PagesSimulation.MEASURED.forEach((page, times) -> rows.add(times.row(page)));
            }
            return new LoadReport(users, settings.perPage(), status, newestReport(resultsFolder, started), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path newestReport(Path resultsFolder, long startedAt) throws IOException {
        try (Stream<Path> folders = Files.list(resultsFolder)) {
            return folders.filter(Files::isDirectory)
                    .filter(folder -> folder.toFile().lastModified() >= startedAt - 1000)
                    .max(Comparator.comparingLong(folder -> folder.toFile().lastModified()))
                    .orElse(resultsFolder);
        }
    }
}
