package fr.cnfpt.inet.stages.importer.dataset;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.host.HostLocation;
import fr.cnfpt.inet.stages.domain.placement.Exclusion;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Writes records as the normalised dataset: JSON Lines, one object per record, fields in the order
 * of {@link fr.cnfpt.inet.stages.importer.columns.RecordColumns} under their English names, codes
 * as codes, dates in ISO form, absent values left out. The same records give the same bytes.
 * Trainees' personal details (names, e-mail) are not written: the dataset feeds reports, which
 * never show them. {@link DatasetReader} reads the records back; {@link DatasetFolder} writes a
 * whole {@link Dataset} with this writer.
 * <p>
 * Instances are not thread-safe.
 */
public final class DatasetWriter implements Closeable {

    private final JsonGenerator json;

    private DatasetWriter(JsonGenerator json) {
        this.json = json;
    }

    /**
     * Opens a writer on a stream, which it closes when closed.
     *
     * @param out  the stream, not null
     * @return the writer, not null
     * @throws IOException if the stream cannot be written
     */
    public static DatasetWriter on(OutputStream out) throws IOException {
        JsonGenerator json = JsonFactory.builder().build().createGenerator(Objects.requireNonNull(out, "out"),
                JsonEncoding.UTF8);
        json.setRootValueSeparator(null);
        return new DatasetWriter(json);
    }

    /**
     * Writes an offer.
     *
     * @param offer  the offer, not null
     * @throws IOException if the stream cannot be written
     */
    public void write(Offer offer) throws IOException {
        json.writeStartObject();
        json.writeStringField("reference", offer.id().value());
        json.writeStringField("hostName", offer.host().name());
        json.writeStringField("hostKind", offer.host().kind().code());
        if (offer.host().population().isPresent()) {
            json.writeNumberField("population", offer.host().population().get().inhabitants());
        }
        if (offer.host().departement().isPresent()) {
            json.writeStringField("departement", offer.host().departement().get().code());
        }
        if (offer.host().country().isPresent()) {
            json.writeStringField("country", offer.host().country().get().code());
        }
        if (offer.host().siret().isPresent()) {
            json.writeStringField("siret", offer.host().siret().get().value());
        }
        json.writeStringField("type", offer.type().code());
        json.writeArrayFieldStart("corps");
        for (Corps corps : offer.corps()) {
            json.writeString(corps.code());
        }
        json.writeEndArray();
        json.writeNumberField("cohort", offer.cohort().year());
        if (offer.period().isPresent()) {
            date("firstDay", offer.period().get().firstDay());
            date("lastDay", offer.period().get().lastDay());
        }
        date("submitted", offer.submitted());
        json.writeStringField("title", offer.title());
        if (!offer.description().isEmpty()) {
            json.writeStringField("description", offer.description());
        }
        json.writeStringField("contact", offer.contact().value());
        if (offer.supervisor().isPresent()) {
            json.writeStringField("supervisor", offer.supervisor().get().name());
        }
        if (offer.contribution().isPresent()) {
            json.writeFieldName("contribution");
            json.writeNumber(offer.contribution().get().amount());
        }
        if (offer.places() != 1) {
            json.writeNumberField("places", offer.places());
        }
        end();
    }

    /**
     * Writes a trainee, without personal details.
     *
     * @param trainee  the trainee, not null
     * @throws IOException if the stream cannot be written
     */
    public void write(Trainee trainee) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", trainee.id().value());
        json.writeStringField("corps", trainee.corps().code());
        json.writeNumberField("cohort", trainee.cohort().year());
        end();
    }

    /**
     * Writes a placement, with its team number when it names one.
     *
     * @param placement  the placement, not null
     * @throws IOException if the stream cannot be written
     */
    public void write(Placement placement) throws IOException {
        json.writeStartObject();
        json.writeStringField("trainee", placement.trainee().value());
        json.writeStringField("offer", placement.offer().value());
        json.writeStringField("type", placement.type().code());
        if (placement.teamNumber().isPresent()) {
            json.writeNumberField("team", placement.team());
        }
        end();
    }

    /**
     * Writes a wish.
     *
     * @param wish  the wish, not null
     * @throws IOException if the stream cannot be written
     */
    public void write(Wish wish) throws IOException {
        json.writeStartObject();
        json.writeStringField("trainee", wish.trainee().value());
        json.writeStringField("offer", wish.offer().value());
        json.writeNumberField("rank", wish.rank());
        end();
    }

    /**
     * Writes an exclusion: the trainee, then the host's name as compared ({@code HostIdentity.nameKey}) and
     * its place when it is known by them, then its SIRET number when given. Read back, it is the same
     * identity.
     *
     * @param exclusion  the exclusion, not null
     * @throws IOException if the stream cannot be written
     */
    public void write(Exclusion exclusion) throws IOException {
        json.writeStartObject();
        json.writeStringField("trainee", exclusion.trainee().value());
        if (exclusion.host().location().isPresent()) {
            json.writeStringField("hostName", exclusion.host().nameKey());
            HostLocation location = exclusion.host().location().get();
            if (location instanceof HostLocation.InFrance france) {
                json.writeStringField("departement", france.departement().code());
            } else if (location instanceof HostLocation.Abroad abroad) {
                json.writeStringField("country", abroad.country().code());
            }
        }
        if (exclusion.host().siret().isPresent()) {
            json.writeStringField("siret", exclusion.host().siret().get().value());
        }
        end();
    }

    @Override
    public void close() throws IOException {
        json.close();
    }

    private void date(String field, LocalDate date) throws IOException {
        json.writeStringField(field, date.toString());
    }

    private void end() throws IOException {
        json.writeEndObject();
        json.writeRaw('\n');
    }
}
