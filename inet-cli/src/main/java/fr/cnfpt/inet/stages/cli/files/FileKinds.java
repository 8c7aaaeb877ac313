package fr.cnfpt.inet.stages.cli.files;

import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells what a file holds from its name: {@code offres-2026.csv} holds offers, {@code exclusions.csv}
 * exclusions, {@code verrous.csv} (locked placements, {@code inet plan --locked}) placements.
 */
public final class FileKinds {

    private FileKinds() {
    }

    public static Optional<RecordKind> fromName(String fileName) {
        String name = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        if (name.contains("exclusion") || name.contains("exclu")) {
            return Optional.of(RecordKind.EXCLUSIONS);
        }
        if (name.contains("voeu") || name.contains("vœu") || name.contains("wish")) {
            return Optional.of(RecordKind.WISHES);
        }
        if (name.contains("placement") || name.contains("affectation") || name.contains("verrou")
                || name.contains("locked")) {
            return Optional.of(RecordKind.PLACEMENTS);
        }
        if (name.contains("eleve") || name.contains("trainee") || name.contains("stagiaire")) {
            return Optional.of(RecordKind.TRAINEES);
        }
        if (name.contains("offre") || name.contains("offer")) {
            return Optional.of(RecordKind.OFFERS);
        }
        return Optional.empty();
    }
}
