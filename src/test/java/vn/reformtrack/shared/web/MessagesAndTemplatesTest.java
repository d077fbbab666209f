package vn.reformtrack.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every text is a message key in both languages: the bundles agree key for key, templates carry no literal text, and
 * every key that templates and Java code name exists.
 */
class MessagesAndTemplatesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java");
    /** An inlined expression ({@code [[...]]}, {@code [(...)]}): text the template computes, not words it carries. */
    private static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label", "label");

    private static Map<String, String> vietnamese;
    private static Map<String, String> english;

    @BeforeAll
    static void loadBundles() throws IOException {
        vietnamese = load("_vi.properties");
        english = load("_en.properties");
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path vi : files.filter(f -> f.toString().endsWith("_vi.properties")).toList()) {
                Path en = vi.resolveSibling(vi.getFileName().toString().replace("_vi.", "_en."));
                assertThat(en).as("English bundle beside %s", vi).exists();
                assertThat(read(en).stringPropertyNames())
                        .as("keys of %s and %s", vi.getFileName(), en.getFileName())
                        .containsExactlyInAnyOrderElementsOf(read(vi).stringPropertyNames());
            }
        }
        assertThat(vietnamese).allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
        assertThat(english).allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
    }

    @Test
    void templatesCarryNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            Document page = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element element : page.getAllElements()) {
                if (element.tagName().equals("script") || element.tagName().equals("style")) {
                    continue;
                }
                boolean replaced = element.hasAttr("th:text") || element.hasAttr("th:utext");
                for (TextNode text : element.textNodes()) {
                    if (!replaced && LETTER.matcher(INLINED.matcher(text.text()).replaceAll("")).find()) {
                        literals.add(TEMPLATES.relativize(template) + ": text \"" + text.text().strip() + "\"");
                    }
                }
                element.attributes().forEach(attribute -> {
                    if (TEXT_ATTRIBUTES.contains(attribute.getKey()) && LETTER.matcher(attribute.getValue()).find()) {
                        literals.add(TEMPLATES.relativize(template) + ": " + attribute.getKey() + "=\""
                                + attribute.getValue() + "\"");
                    }
                });
            }
        }
        assertThat(literals).as("literal text in templates (use th:text with a message key)").isEmpty();
    }

    @Test
    void everyKeyTemplatesNameExists() throws IOException {
        Pattern messageExpression = Pattern.compile("#\\{([A-Za-z][\\w.-]*)[}(]");
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            Matcher keys = messageExpression.matcher(Files.readString(template));
            while (keys.find()) {
                if (!vietnamese.containsKey(keys.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + keys.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyJavaCodeNamesExists() throws IOException {
        Set<String> prefixes = new TreeSet<>();
        vietnamese.keySet().forEach(key -> prefixes.add(key.substring(0, key.indexOf('.') + 1)));
        prefixes.removeIf(prefix -> prefix.isEmpty() || Character.isUpperCase(prefix.charAt(0)));
        Pattern literal = Pattern.compile("\"([a-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+)\"");
        Pattern validationMessage = Pattern.compile("message = \"\\{([\\w.]+)}\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(JAVA)) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                Matcher literals = literal.matcher(code);
                while (literals.find()) {
                    String key = literals.group(1);
                    boolean looksLikeAKey = prefixes.stream().anyMatch(key::startsWith) && !key.startsWith("reformtrack.");
                    if (looksLikeAKey && !vietnamese.containsKey(key)) {
                        missing.add(source.getFileName() + ": " + key);
                    }
                }
                Matcher validations = validationMessage.matcher(code);
                while (validations.find()) {
                    if (!vietnamese.containsKey(validations.group(1))) {
                        missing.add(source.getFileName() + ": " + validations.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumShownOnPagesHasALabelForEachConstant() throws Exception {
        Set<String> enumPrefixes = new TreeSet<>();
        vietnamese.keySet().stream()
                .filter(key -> Character.isUpperCase(key.charAt(0)) && key.indexOf('.') > 0)
                .forEach(key -> enumPrefixes.add(key.substring(0, key.indexOf('.'))));
        List<String> missing = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(JAVA)) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = source.getFileName().toString().replace(".java", "");
                if (!enumPrefixes.contains(name)) {
                    continue;
                }
                String className = JAVA.relativize(source).toString().replace(".java", "").replace('/', '.');
                Class<?> type = Class.forName(className);
                if (type.isEnum()) {
                    for (Object constant : type.getEnumConstants()) {
                        String key = name + "." + ((Enum<?>) constant).name();
                        if (!vietnamese.containsKey(key)) {
                            missing.add(key);
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Map<String, String> load(String suffix) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Properties bundle = read(file);
                for (String key : bundle.stringPropertyNames()) {
                    String previous = all.put(key, bundle.getProperty(key));
                    assertThat(previous).as("key %s defined twice (again in %s)", key, file.getFileName()).isNull();
                }
            }
        }
        return all;
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
