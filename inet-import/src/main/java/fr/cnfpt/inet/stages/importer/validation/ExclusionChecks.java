package fr.cnfpt.inet.stages.importer.validation;

import fr.cnfpt.inet.stages.domain.host.HostIdentity;
import fr.cnfpt.inet.stages.domain.placement.Exclusion;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.importer.spi.DatasetProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks exclusions: the trainee is one of the run (when a trainees file is read), and a trainee excludes
 * a host once (the same identity twice is a warning: the second row adds nothing).
 * <p>
 * Memory: each accepted exclusion's trainee and host identity. A campaign's exclusions are a few dozen.
 */
final class ExclusionChecks {

    private record Key(String trainee, HostIdentity host) {
    }

    private final PlacementChecks records;
    private final Map<Key, Long> seen = new HashMap<>();

    ExclusionChecks(PlacementChecks records) {
        this.records = records;
    }

    List<Finding> check(Exclusion exclusion, int fileIndex, long line, List<String> files) {
        List<Finding> findings = new ArrayList<>();
        if (records.knowsTrainees() && records.trainee(exclusion.trainee()) == null) {
            findings.add(new Finding(DatasetProblem.TRAINEE_UNKNOWN, "trainee", exclusion.trainee().value(),
                    LocalizedText.of("Aucun élève accepté n'a cet identifiant : vérifiez-le, ou corrigez l'élève.",
                            "No accepted trainee has this id: check it, or correct the trainee.")));
        }
        Key key = new Key(exclusion.trainee().value(), exclusion.host());
        Long first = seen.get(key);
        if (first != null) {
            String place = (first & 0xFFFF_FFFF_FFFFL) + " (" + files.get((int) (first >>> 48)) + ")";
            findings.add(new Finding(DatasetProblem.EXCLUSION_DUPLICATE, "hostName", "", LocalizedText.of(
                    "Cette structure est déjà exclue pour cet élève, ligne " + place + " : cette ligne n'ajoute rien.",
                    "This host is already excluded for this trainee, line " + place + ": this row adds nothing.")));
        } else if (findings.isEmpty()) {
            seen.put(key, (long) fileIndex << 48 | line);
        }
        return findings;
    }
}
