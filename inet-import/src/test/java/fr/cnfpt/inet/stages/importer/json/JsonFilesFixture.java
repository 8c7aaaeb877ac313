package fr.cnfpt.inet.stages.importer.json;

import fr.cnfpt.inet.stages.importer.Collected;
import fr.cnfpt.inet.stages.importer.spi.ImportFacts;
import fr.cnfpt.inet.stages.importer.spi.ImportLimits;
import fr.cnfpt.inet.stages.importer.spi.ImportRequest;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * JSON files of offers and trainees as tests need them, good and broken, and what the JSON
 * importer makes of them.
 */
final class JsonFilesFixture {

    private JsonFilesFixture() {
    }

    /** What the importer reported of a file: its facts and everything it passed on. */
    record Read(ImportFacts facts, Collected sink) {

        long accepted() {
            return sink.acceptedLines.size();
        }

        long rejected() {
            return sink.rejected.size();
        }

        List<Problem> problems(String code) {
            return sink.problems.stream().filter(p -> p.code().equals(code)).toList();
        }
    }

    /** @return a good offer on one line, with the given reference */
    static String offer(String reference) {
        return offer(reference, "population", "120000");
    }

    /** @return a good offer on one line, with the given reference and one value changed */
    static String offer(String reference, String key, String value) {
        String population = key.equals("population") ? value : "120000";
        return "{\"reference\":\"" + reference + "\",\"hostName\":\"Ville de Metz\",\"hostKind\":\"COMMUNE\","
                + "\"population\":\"" + population + "\",\"departement\":\"57\",\"type\":\"OBSERVATION\","
                + "\"corps\":[\"ADMINISTRATEUR\"],\"cohort\":2026,\"submitted\":\"2025-11-15\","
                + "\"title\":\"Observation à Metz\",\"contact\":\"dgs@metz.fr\"}";
    }

    /** @return a good offer written over several lines, as pretty printers write it */
    static String prettyOffer(String reference) {
        return "{\n  \"reference\": \"" + reference + "\",\n  \"hostName\": \"Ville de Metz\",\n"
                + "  \"hostKind\": \"COMMUNE\",\n  \"population\": 120000,\n  \"departement\": \"57\",\n"
                + "  \"type\": \"OBSERVATION\",\n  \"corps\": [ \"ADMINISTRATEUR\" ],\n  \"cohort\": 2026,\n"
                + "  \"submitted\": \"2025-11-15\",\n  \"title\": \"Observation\",\n  \"contact\": \"dgs@metz.fr\"\n}\n";
    }

    /** @return a good trainee on one line */
    static String trainee(String id, String familyName) {
        return "{\"id\":\"" + id + "\",\"corps\":\"ADMINISTRATEUR\",\"cohort\":2026,\"givenName\":\"Jeanne\","
                + "\"familyName\":\"" + familyName + "\",\"email\":\"jeanne@example.fr\"}";
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static Read read(String text) {
        return read("offres.jsonl", utf8(text), RecordKind.OFFERS, ImportLimits.defaults());
    }

    static Read read(byte[] content) {
        return read("offres.jsonl", content, RecordKind.OFFERS, ImportLimits.defaults());
    }

    static Read read(String name, byte[] content, RecordKind kind, ImportLimits limits) {
        return read(name, content, kind, limits, null);
    }

    static Read read(String name, byte[] content, RecordKind kind, ImportLimits limits, String encoding) {
        Collected sink = new Collected();
        ImportRequest request = ImportRequest.of(name, () -> new ByteArrayInputStream(content), kind)
                .withLimits(limits).withEncoding(encoding == null ? null : Charset.forName(encoding));
        try {
            return new Read(new JsonImporter().read(request, sink), sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
