import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The examples of the README's section "Embedding the library", as an embedding team copies them.
 *
 * <p>{@code extract README TEMPLATE DIR} writes one Maven project per Java block into {@code DIR/<class>}:
 * the block as {@code src/main/java/<class>.java}, and a {@code pom.xml} made of the template with the
 * README's {@code <dependencyManagement>} (the first one of the section) and the {@code <dependencies>} of
 * the last XML block above the Java block. The invoker then builds and runs each project, which writes what
 * the program printed into {@code target/output.txt}.
 *
 * <p>{@code check README DIR} compares each output with the lines the block's comments announce: a comment
 * {@code // prints: TEXT} is one printed line, continued by the comment-only lines just below it that are
 * indented past {@code //} ({@code //     more text}, joined with one space). Exits 1, naming each
 * difference, when an output differs or a block announces nothing.
 */
public final class ReadmeExamples {

    private static final String SECTION = "## Embedding the library";
    private static final Pattern BLOCK = Pattern.compile("(?m)^```(xml|java)\\n(.*?)^```$", Pattern.DOTALL);
    private static final Pattern CLASS = Pattern.compile("(?m)^public (?:final )?class (\\w+)");
    private static final Pattern MANAGEMENT = Pattern.compile("<dependencyManagement>.*?</dependencyManagement>",
            Pattern.DOTALL);
    private static final Pattern DEPENDENCIES = Pattern.compile("<dependencies>.*?</dependencies>", Pattern.DOTALL);
    private static final Pattern PRINTS = Pattern.compile("//\\s*prints:\\s?(.*)$");
    private static final Pattern CONTINUED = Pattern.compile("^\\s*//\\s{2,}(\\S.*)$");

    private record Example(String mainClass, String source, String dependencyManagement, String dependencies) {
    }

    public static void main(String[] args) throws IOException {
        List<Example> examples = examples(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
        if (examples.isEmpty()) {
            fail("README.md: no Java block in the section \"" + SECTION + "\"");
        }
        switch (args[0]) {
            case "extract" -> extract(examples, Files.readString(Path.of(args[2]), StandardCharsets.UTF_8),
                    Path.of(args[3]));
            case "check" -> check(examples, Path.of(args[2]));
            default -> fail("usage: ReadmeExamples extract README TEMPLATE DIR | check README DIR");
        }
    }

    private static List<Example> examples(String readme) {
        int start = readme.indexOf(SECTION);
        if (start < 0) {
            fail("README.md has no section \"" + SECTION + "\"");
        }
        int end = readme.indexOf("\n## ", start + SECTION.length());
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        List<Example> examples = new ArrayList<>();
        String management = null;
        String dependencies = null;
        Matcher block = BLOCK.matcher(section);
        while (block.find()) {
            String text = block.group(2);
            if (block.group(1).equals("xml")) {
                Matcher m = MANAGEMENT.matcher(text);
                if (management == null && m.find()) {
                    management = m.group();
                }
                Matcher d = DEPENDENCIES.matcher(MANAGEMENT.matcher(text).replaceAll(""));
                if (d.find()) {
                    dependencies = d.group();
                }
            } else {
                Matcher name = CLASS.matcher(text);
                if (!name.find()) {
                    fail("README.md: a Java block of \"" + SECTION + "\" is not a public class:\n" + text);
                }
                if (management == null || dependencies == null) {
                    fail("README.md: the Java block " + name.group(1)
                            + " has no <dependencyManagement> and <dependencies> above it");
                }
                examples.add(new Example(name.group(1), text, management, dependencies));
            }
        }
        return examples;
    }

    private static void extract(List<Example> examples, String template, Path dir) throws IOException {
        for (Example example : examples) {
            Path project = dir.resolve(example.mainClass());
            Path source = project.resolve("src/main/java/" + example.mainClass() + ".java");
            Files.createDirectories(source.getParent());
            Files.writeString(source, example.source(), StandardCharsets.UTF_8);
            Files.writeString(project.resolve("pom.xml"), template
                    .replace("@artifactId@", "readme-" + example.mainClass().toLowerCase(java.util.Locale.ROOT))
                    .replace("@mainClass@", example.mainClass())
                    .replace("<!-- @dependencyManagement@ -->", example.dependencyManagement())
                    .replace("<!-- @dependencies@ -->", example.dependencies()), StandardCharsets.UTF_8);
            System.out.println("README example " + example.mainClass() + " -> " + project);
        }
    }

    private static void check(List<Example> examples, Path dir) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Example example : examples) {
            List<String> expected = announced(example.source());
            Path output = dir.resolve(example.mainClass()).resolve("target/output.txt");
            if (expected.isEmpty()) {
                problems.add(example.mainClass() + ": no \"// prints:\" comment says what it prints");
                continue;
            }
            if (!Files.exists(output)) {
                problems.add(example.mainClass() + ": " + output + " is missing (did the invoker run it?)");
                continue;
            }
            List<String> actual = Files.readAllLines(output, StandardCharsets.UTF_8);
            if (!actual.equals(expected)) {
                StringBuilder diff = new StringBuilder(example.mainClass() + " prints what its comments do not say:");
                for (int i = 0; i < Math.max(actual.size(), expected.size()); i++) {
                    String a = i < actual.size() ? actual.get(i) : "(nothing)";
                    String e = i < expected.size() ? expected.get(i) : "(nothing)";
                    if (!a.equals(e)) {
                        diff.append("\n    line ").append(i + 1).append(", README says: ").append(e)
                                .append("\n    line ").append(i + 1).append(", program prints: ").append(a);
                    }
                }
                problems.add(diff.toString());
            } else {
                System.out.println("README example " + example.mainClass() + ": prints the " + actual.size()
                        + " lines its comments say");
            }
        }
        if (!problems.isEmpty()) {
            fail("The README's examples (section \"" + SECTION + "\") do not run as printed:\n  "
                    + String.join("\n  ", problems) + "\nCorrect README.md.");
        }
    }

    /** The lines the "// prints:" comments announce, in order, each with its continuation lines. */
    static List<String> announced(String source) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = null;
        for (String line : source.split("\n", -1)) {
            Matcher prints = PRINTS.matcher(line);
            Matcher continued = CONTINUED.matcher(line);
            if (prints.find()) {
                if (current != null) {
                    lines.add(current.toString());
                }
                current = new StringBuilder(prints.group(1).strip());
            } else if (current != null && continued.matches()) {
                current.append(' ').append(continued.group(1).strip());
            } else if (current != null) {
                lines.add(current.toString());
                current = null;
            }
        }
        if (current != null) {
            lines.add(current.toString());
        }
        return lines;
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(1);
    }
}
