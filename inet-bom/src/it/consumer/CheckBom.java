import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares the run-time dependencies a consumer of the bill of materials resolves with those our modules
 * are built and tested with, as listed by {@code mvn dependency:list}.
 *
 * <p>Arguments: the consumer's list, then one list per module. Exits 1, naming every difference, when an
 * artifact has another version for the consumer than in a module, when two modules run with two versions
 * of one artifact, when the consumer misses an artifact a module runs with, or when it gets one that no
 * module runs with (our own modules excepted: a module is not in its own list).
 */
public final class CheckBom {

    private static final String OUR_GROUP = "fr.cnfpt.inet:";

    public static void main(String[] args) throws IOException {
        Map<String, String> consumer = read(Path.of(args[0]));
        Map<String, TreeSet<String>> modules = new TreeMap<>();
        for (int i = 1; i < args.length; i++) {
            read(Path.of(args[i])).forEach((artifact, version) ->
                    modules.computeIfAbsent(artifact, a -> new TreeSet<>()).add(version));
        }
        List<String> problems = new ArrayList<>();
        modules.forEach((artifact, versions) -> {
            String seen = consumer.get(artifact);
            if (versions.size() > 1) {
                problems.add(artifact + ": our modules run with " + versions);
            }
            if (seen == null) {
                problems.add(artifact + ": our modules run with " + versions + ", a consumer does not get it");
            } else if (!versions.contains(seen)) {
                problems.add(artifact + ": a consumer gets " + seen + ", our modules run with " + versions);
            }
        });
        consumer.forEach((artifact, version) -> {
            // Our own modules are not in their own lists.
            if (!modules.containsKey(artifact) && !artifact.startsWith(OUR_GROUP)) {
                problems.add(artifact + ": a consumer gets " + version + ", which none of our modules runs with");
            }
        });
        if (!problems.isEmpty()) {
            System.err.println("The bill of materials does not give a consumer the versions we test with:");
            problems.forEach(p -> System.err.println("  " + p));
            System.err.println("Pin them in inet-bom/pom.xml.");
            System.exit(1);
        }
        System.out.println("inet-bom: a consumer resolves the " + consumer.size()
                + " run-time artifacts our modules are tested with, at the same versions.");
    }

    /** Reads "group:artifact:type[:classifier]:version:scope" lines into artifact (without version) to version. */
    private static Map<String, String> read(Path list) throws IOException {
        if (!Files.exists(list)) {
            System.err.println(list + " is missing: build the modules in the same run (mvn verify from the root).");
            System.exit(2);
        }
        Map<String, String> versions = new TreeMap<>();
        for (String line : Files.readAllLines(list)) {
            String coordinates = line.strip().split("\\s+")[0];
            String[] parts = coordinates.split(":");
            if (parts.length < 5 || line.strip().startsWith("The following")) {
                continue;
            }
            int v = parts.length - 2;
            String artifact = String.join(":", List.of(parts).subList(0, v));
            versions.put(artifact, parts[v]);
        }
        return versions;
    }
}
