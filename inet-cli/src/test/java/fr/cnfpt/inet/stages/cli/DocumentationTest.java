package fr.cnfpt.inet.stages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.calendar.audit.AuditCheck;
import fr.cnfpt.inet.stages.calendar.official.CalendarFileProblem;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.edition.Erratum;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.rule.OfferRules;
import fr.cnfpt.inet.stages.domain.rule.PlacementRules;
import fr.cnfpt.inet.stages.importer.catalogue.CatalogueEntry;
import fr.cnfpt.inet.stages.importer.catalogue.RuleCatalogue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The documentation keeps up with the code: every rule, erratum and code is documented. */
class DocumentationTest {

    /** The code in the first column of a table row: {@code | `CODE` | …}. */
    private static final Pattern TABLE_CODE = Pattern.compile("^\\| `([A-Z][A-Z0-9_]*)` \\|");

    private static String doc(String name) throws IOException {
        return Files.readString(Path.of("..", "docs", name), StandardCharsets.UTF_8);
    }

    @Test
    void rulesPageListsEveryRuleCode() throws IOException {
        String rules = doc("rules.md");
        Stream.of(OfferRules.all(), PlacementRules.placementRules(), PlacementRules.teamRules())
                .flatMap(list -> list.stream())
                .forEach(rule -> assertThat(rules).contains("`" + rule.description().code().value() + "`"));
    }

    /**
     * The tables of rules.md list exactly the codes of {@link RuleCatalogue}: the brochure's and the calendar's
     * rules, the data problems, the problems of a calendar file and the audit's checks, but for the errata's codes,
     * which are the edition's data and listed in edition-2026-2027.md ({@link #editionPageListsEveryErratum()}).
     */
    @Test
    void rulesPageTablesListExactlyTheCataloguesCodes() throws IOException {
        Set<String> documented = doc("rules.md").lines().map(TABLE_CODE::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).collect(Collectors.toSet());
        Set<String> errata = Editions.current().errata().stream().map(Erratum::code).collect(Collectors.toSet());
        Set<String> catalogued = RuleCatalogue.of(Editions.current()).stream().map(CatalogueEntry::code)
                .filter(code -> !errata.contains(code)).collect(Collectors.toSet());
        assertThat(documented).isEqualTo(catalogued);
    }

    @Test
    void rulesPageHasATableForEachGroupOfTheCatalogue() throws IOException {
        String rules = doc("rules.md");
        assertThat(rules).contains("(`OfferRules`)", "(`PlacementRules`)", "(`OfferCalendarRules`, `inet-calendar`)",
                "(`FileProblem`)", "(`RowProblem`)", "(`DatasetProblem`)", "(`CalendarFileProblem`, `inet-calendar`)",
                "(`AuditCode`, `inet-calendar`)");
        Stream.of(CalendarFileProblem.values()).forEach(p -> assertThat(rules).contains("| `" + p.code() + "` | "
                + p.severity().name().toLowerCase(java.util.Locale.ROOT) + " | " + p.meaning().en() + " | "
                + p.action().en() + " |"));
        Stream.of(AuditCheck.values()).forEach(c -> assertThat(rules).contains("| `" + c.code() + "` | warning | "
                + c.meaning().en() + " | " + c.action().en() + " |"));
    }

    @Test
    void editionPageListsEveryErratum() throws IOException {
        String edition = doc("edition-2026-2027.md");
        for (Erratum erratum : Editions.current().errata()) {
            assertThat(edition).contains("`" + erratum.code() + "`");
        }
    }

    @Test
    void glossaryGivesEveryCorpsAndInternshipTypeCode() throws IOException {
        String glossary = doc("glossary.md");
        Stream.of(Corps.values()).forEach(c -> assertThat(glossary).contains("`" + c.code() + "`"));
        Stream.of(InternshipType.values()).forEach(t -> assertThat(glossary).contains("`" + t.code() + "`"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(fr.cnfpt.inet.stages.importer.spi.RecordKind.class)
    void formatsPageListsEveryColumnAndEveryAcceptedHeader(fr.cnfpt.inet.stages.importer.spi.RecordKind kind)
            throws IOException {
        String page = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "formats.md"));
        for (var column : fr.cnfpt.inet.stages.importer.columns.RecordColumns.of(kind)) {
            assertThat(page).contains("`" + column.field() + "`");
            column.names().forEach(name -> assertThat(page).as(column.field()).contains(name));
        }
    }
    /**
     * The module table of architecture.md names, for each module, exactly the compile and run-time
     * dependencies its pom declares (test and provided scopes aside), by artifactId.
     */
    @Test
    void architecturePageNamesEachModulesDependenciesAsThePomDeclaresThem() throws IOException {
        Pattern row = Pattern.compile("(?m)^\\| `(inet-[a-z]+)` \\| `[a-z.]+` \\| ([^|]*) \\|");
        Matcher rows = row.matcher(doc("architecture.md"));
        Set<String> modules = new java.util.TreeSet<>();
        while (rows.find()) {
            String module = rows.group(1);
            modules.add(module);
            Set<String> documented = Pattern.compile("`([a-z0-9.-]+)`").matcher(rows.group(2)).results()
                    .map(m -> m.group(1)).collect(Collectors.toCollection(java.util.TreeSet::new));
            assertThat(documented).as("architecture.md, the dependencies of " + module)
                    .isEqualTo(pomDependencies(Path.of("..", module, "pom.xml")));
        }
        try (Stream<Path> poms = Files.list(Path.of(".."))) {
            Set<String> built = poms.filter(dir -> dir.getFileName().toString().startsWith("inet-")
                            && Files.exists(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("src/main/java")))
                    .map(dir -> dir.getFileName().toString()).collect(Collectors.toCollection(java.util.TreeSet::new));
            assertThat(modules).as("the modules architecture.md describes").isEqualTo(built);
        }
    }

    /** The artifactIds of a pom's dependencies in the compile and runtime scopes. */
    private static Set<String> pomDependencies(Path pom) throws IOException {
        String xml = Files.readString(pom, StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", "");
        xml = xml.replaceAll("(?s)<dependencyManagement>.*?</dependencyManagement>", "")
                .replaceAll("(?s)<plugins>.*?</plugins>", "").replaceAll("(?s)<pluginManagement>.*?</pluginManagement>", "");
        Set<String> dependencies = new java.util.TreeSet<>();
        Matcher dependency = Pattern.compile("(?s)<dependency>(.*?)</dependency>").matcher(xml);
        while (dependency.find()) {
            String body = dependency.group(1);
            Matcher scope = Pattern.compile("<scope>(\\w+)</scope>").matcher(body);
            String scopeName = scope.find() ? scope.group(1) : "compile";
            if (scopeName.equals("compile") || scopeName.equals("runtime")) {
                Matcher artifact = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(body);
                assertThat(artifact.find()).as(pom + ": a dependency without artifactId").isTrue();
                dependencies.add(artifact.group(1).strip());
            }
        }
        return dependencies;
    }
}
