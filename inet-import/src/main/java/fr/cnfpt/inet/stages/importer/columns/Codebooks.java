package fr.cnfpt.inet.stages.importer.columns;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import java.util.Map;

/** The code readers of corps and internship types, with the abbreviations INET uses. */
final class Codebooks {

    private Codebooks() {
    }

    /** Corps, also as AT, CTB, ICT and CP (CTP). */
    static CodeReader<Corps> corps() {
        return CodeReader.of(Corps.class, Map.of(
                "AT", Corps.ADMINISTRATEUR,
                "CTB", Corps.CONSERVATEUR_BIBLIOTHEQUES,
                "ICT", Corps.INGENIEUR_EN_CHEF,
                "CP", Corps.CONSERVATEUR_PATRIMOINE,
                "CTP", Corps.CONSERVATEUR_PATRIMOINE));
    }

    /** Internship types, also as "stage d'observation", "projet collectif" and the like. */
    static CodeReader<InternshipType> types() {
        return CodeReader.of(InternshipType.class, Map.of());
    }
}
