package org.speechkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.apache.jena.fuseki.server.FusekiVocab;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.junit.jupiter.api.Test;

/** Reading Fuseki configuration files: the store replaces the TDB2 location; unsafe or unusable files fail. */
class FusekiConfigFileTest {
    static final Path RESOURCES = Path.of("src", "test", "resources", "serve");

    @Test
    void projectConfigPointsItsTdb2DatasetAtTheStore() {
        FusekiConfigFile config = FusekiConfigFile.load(ServeOptions.DEFAULT_CONFIG, "/srv/speech-kg/tdb2");
        assertThat(config.tdb2Services()).containsExactly("/kg");
        assertThat(config.unionDefaultGraph()).contains(true);
        assertThat(config.model().listObjectsOfProperty(VocabTDB2.pLocation).toList())
                .singleElement().satisfies(n -> assertThat(n.asLiteral().getString()).isEqualTo("/srv/speech-kg/tdb2"));
        assertThat(config.passwordFile()).isEmpty();
    }

    @Test
    void writeEndpointsWithoutAllowedUsersAreClosedToAnonymousCallers() {
        FusekiConfigFile config = FusekiConfigFile.load(RESOURCES.resolve("open-update.ttl"), "--mem--");
        assertThat(config.model().listStatements(null, FusekiVocab.pAllowedUsers, (RDFNode) null).toList()).hasSize(2);

        try (KgServer server = KgServer.start(DatabaseMgr.createDatasetGraph(), ServeOptions.defaults().withPort(0)
                .withLocalhostOnly(true).withConfigFile(RESOURCES.resolve("open-update.ttl")))) {
            SparqlHttp http = new SparqlHttp(server);
            assertThat(http.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }", null).statusCode()).isIn(401, 403);
            assertThat(http.put("urn:g", "<urn:a> <urn:b> <urn:c> .", null).statusCode()).isIn(401, 403);
            assertThat(http.query("ASK {}").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void oldStyleWriteDeclarationsAreRefused() {
        assertThatThrownBy(() -> FusekiConfigFile.load(RESOURCES.resolve("old-style.ttl"), "--mem--"))
                .isInstanceOf(ServeException.class).hasMessageContaining("serviceUpdate");
    }

    @Test
    void configWithoutTdb2DatasetIsRefused() {
        assertThatThrownBy(() -> FusekiConfigFile.load(RESOURCES.resolve("memory-dataset.ttl"), "--mem--"))
                .isInstanceOf(ServeException.class).hasMessageContaining("memory-dataset.ttl").hasMessageContaining("TDB2");
    }

    @Test
    void missingConfigIsNamed() {
        Path missing = RESOURCES.resolve("nope.ttl");
        assertThatThrownBy(() -> FusekiConfigFile.load(missing, "--mem--"))
                .isInstanceOf(ServeException.class).hasMessageContaining(missing.toString());
    }
}
