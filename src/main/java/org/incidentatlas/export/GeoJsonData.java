package org.incidentatlas.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import org.incidentatlas.domain.Incident;

/**
 * GeoJSON (RFC 7946): one FeatureCollection, one Feature per incident with a Point in WGS 84 longitude, latitude
 * order, and properties holding its dates, actors, place, casualties (deaths low / best / high by party, wounded,
 * missing) and every source with the figures it gave. Written with Jackson's streaming generator, one feature at a
 * time.
 */
final class GeoJsonData implements DataWriter {
    private final JsonGenerator g;

    GeoJsonData(OutputStream out, String title) throws IOException {
        g = DataJson.FACTORY.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeStringField("type", "FeatureCollection");
        if (title != null && !title.isBlank()) {
            g.writeStringField("name", title);
        }
        g.writeArrayFieldStart("features");
    }

    @Override
    public void write(Incident i) throws IOException {
        g.writeRaw('\n');
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", i.id().toString());
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "Point");
        g.writeArrayFieldStart("coordinates");
        g.writeNumber(i.place().longitude());
        g.writeNumber(i.place().latitude());
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        DataJson.properties(g, i);
        g.writeEndObject();
        g.writeEndObject();
    }

    @Override
    public void finish() throws IOException {
        g.writeRaw('\n');
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.close();
    }
}
