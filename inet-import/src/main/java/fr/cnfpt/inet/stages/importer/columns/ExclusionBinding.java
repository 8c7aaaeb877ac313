package fr.cnfpt.inet.stages.importer.columns;

import fr.cnfpt.inet.stages.domain.DomainException;
import fr.cnfpt.inet.stages.domain.host.HostIdentity;
import fr.cnfpt.inet.stages.domain.host.HostLocation;
import fr.cnfpt.inet.stages.domain.host.Siret;
import fr.cnfpt.inet.stages.domain.placement.Exclusion;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import fr.cnfpt.inet.stages.importer.spi.RowProblem;
import java.util.List;

/**
 * Binds a row of an exclusions file to an {@link Exclusion}: the trainee, and the host by its SIRET number
 * when given, otherwise by its name and its département or country (read as the offers' columns are).
 * With a name, the place is required; with a SIRET number and a name, the identity has both.
 */
final class ExclusionBinding implements Binding {

    private static final List<Column> C = RecordColumns.EXCLUSIONS;
    private static final int TRAINEE = Fields.index(C, "trainee");
    private static final int HOST_NAME = Fields.index(C, "hostName");
    private static final int DEPARTEMENT = Fields.index(C, "departement");
    private static final int COUNTRY = Fields.index(C, "country");
    private static final int SIRET = Fields.index(C, "siret");

    private final Locations locations = new Locations();

    @Override
    public void bind(Row row) {
        String trainee = Fields.identifier(row, TRAINEE, TraineeId.MAX_LENGTH);
        boolean siretGiven = row.has(SIRET);
        Siret siret = OfferBinding.siret(row, SIRET);
        boolean named = row.has(HOST_NAME);
        HostLocation location = named ? locations.read(row, DEPARTEMENT, COUNTRY) : null;
        if (!named && !siretGiven) {
            row.error(HOST_NAME, RowProblem.HOST_IDENTITY_MISSING, LocalizedText.of(
                    "Cette exclusion ne nomme pas la structure : donnez son numéro SIRET, ou son nom et son département"
                            + " (ou son pays à l'étranger).",
                    "This exclusion does not name the host: give its SIRET number, or its name and département (or its"
                            + " country abroad)."));
        }
        if (row.failed()) {
            row.rejected();
            return;
        }
        try {
            HostIdentity host = named ? HostIdentity.of(row.text(HOST_NAME), location) : HostIdentity.of(siret);
            if (named && siret != null) {
                host = host.withSiret(siret);
            }
            row.sink.exclusion(row.location(), Exclusion.of(TraineeId.of(trainee), host));
        } catch (DomainException e) {
            row.rowError(RowProblem.RECORD_INVALID, "", LocalizedText.of("Exclusion incohérente : " + e.getMessage()
                    + ".", "Inconsistent exclusion: " + e.getMessage() + "."));
            row.rejected();
        }
    }
}
