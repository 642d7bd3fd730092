package org.speechkg.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.FusekiVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.assembler.AssemblerUtils;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.apache.jena.vocabulary.RDF;

/**
 * A Fuseki configuration file prepared for serving the speech-kg store.
 *
 * <p>The file is an ordinary Fuseki configuration ({@code fuseki:Server}, {@code fuseki:Service},
 * {@code tdb2:DatasetTDB2}). Before Fuseki sees it, three things are rewritten in memory (the file is
 * never changed):
 * <ul>
 *   <li>the {@code tdb2:location} of every TDB2 dataset a service serves becomes the store's location,
 *       so the assembler returns the TDB2 database the loader already holds (a TDB2 location belongs to
 *       one JVM, and within it {@code DatabaseMgr} hands out one cached instance per location);</li>
 *   <li>every write endpoint (update, GSP read-write, upload, patch) without {@code fuseki:allowedUsers}
 *       gets {@code fuseki:allowedUsers "*"}: writes are never open to anonymous callers, whatever the
 *       file says;</li>
 *   <li>a server-level {@code fuseki:passwd} is taken out and offered as {@link #passwordFile()}, because
 *       speech-kg sets up HTTP authentication itself (see {@link BasicAuthHandler}).</li>
 * </ul>
 * Old-style write declarations ({@code fuseki:serviceUpdate} and friends) are refused: they cannot carry
 * per-endpoint access control as clearly as {@code fuseki:endpoint}.
 */
public final class FusekiConfigFile {
    /** Value of {@code fuseki:allowedUsers} meaning "any authenticated user". */
    public static final String ANY_AUTHENTICATED_USER = "*";

    private static final List<Resource> WRITE_OPERATIONS = List.of(FusekiVocab.opUpdate, FusekiVocab.opGSP_rw,
            FusekiVocab.opGSP_rw_alt, FusekiVocab.opUpload, FusekiVocab.opPatch, FusekiVocab.opPREFIXES_RW);
    private static final List<Property> OLD_STYLE_WRITES = List.of(FusekiVocab.pServiceUpdateEP,
            FusekiVocab.pServiceReadWriteGraphStoreEP, FusekiVocab.pServiceUploadEP);

    private final Path file;
    private final Model model;
    private final List<String> tdb2Services;
    private final Optional<Boolean> unionDefaultGraph;
    private final Optional<Path> passwordFile;

    private FusekiConfigFile(Path file, Model model, List<String> tdb2Services, Optional<Boolean> union,
                             Optional<Path> passwordFile) {
        this.file = file;
        this.model = model;
        this.tdb2Services = List.copyOf(tdb2Services);
        this.unionDefaultGraph = union;
        this.passwordFile = passwordFile;
    }

    /**
     * Reads {@code file} and points its TDB2 dataset(s) at {@code tdb2Location} (a TDB2 directory, or
     * {@code "--mem--"} for a dataset that has none).
     *
     * @throws ServeException if the file is missing, unreadable, declares no service over a TDB2 dataset,
     *                        or declares writes in the old style
     */
    public static FusekiConfigFile load(Path file, String tdb2Location) {
        if (!Files.isRegularFile(file)) {
            throw new ServeException("no Fuseki configuration file at " + file
                    + " (run from the project directory or pass --config FILE)");
        }
        Model model;
        try {
            model = AssemblerUtils.readAssemblerFile(file.toString());
        } catch (RuntimeException e) {
            throw new ServeException(file + ": not a readable Fuseki configuration: " + e.getMessage(), e);
        }
        List<String> tdb2Services = new ArrayList<>();
        Optional<Boolean> union = Optional.empty();
        for (Resource service : model.listResourcesWithProperty(RDF.type, FusekiVocab.fusekiService).toList()) {
            rejectOldStyleWrites(file, service);
            protectWrites(service);
            Resource dataset = service.getPropertyResourceValue(FusekiVocab.pDataset);
            if (dataset != null && dataset.hasProperty(VocabTDB2.pLocation)) {
                dataset.removeAll(VocabTDB2.pLocation);
                dataset.addProperty(VocabTDB2.pLocation, tdb2Location);
                tdb2Services.add(DataAccessPoint.canonical(service.getRequiredProperty(FusekiVocab.pServiceName).getString()));
                Statement u = dataset.getProperty(VocabTDB2.pUnionDefaultGraph);
                if (u != null && u.getObject().isLiteral()) {
                    union = Optional.of(u.getBoolean());
                }
            }
        }
        if (tdb2Services.isEmpty()) {
            throw new ServeException(file + ": no fuseki:Service with a TDB2 dataset (tdb2:DatasetTDB2 with "
                    + "tdb2:location); speech-kg serves its TDB2 store through one");
        }
        return new FusekiConfigFile(file, model, tdb2Services, union, takePasswordFile(file, model));
    }

    private static void rejectOldStyleWrites(Path file, Resource service) {
        for (Property p : OLD_STYLE_WRITES) {
            if (service.hasProperty(p)) {
                throw new ServeException(file + ": " + p.getLocalName() + " declares a write endpoint in the old "
                        + "style; declare it with fuseki:endpoint [ fuseki:operation ... ; fuseki:allowedUsers ... ]");
            }
        }
    }

    private static void protectWrites(Resource service) {
        for (Statement s : service.listProperties(FusekiVocab.pEndpoint).toList()) {
            if (!s.getObject().isResource()) {
                continue;
            }
            Resource endpoint = s.getResource();
            RDFNode op = endpoint.getPropertyResourceValue(FusekiVocab.pOperation);
            if (op != null && WRITE_OPERATIONS.contains(op) && !endpoint.hasProperty(FusekiVocab.pAllowedUsers)) {
                endpoint.addProperty(FusekiVocab.pAllowedUsers, ANY_AUTHENTICATED_USER);
            }
        }
    }

    private static Optional<Path> takePasswordFile(Path file, Model model) {
        List<Statement> passwd = model.listStatements(null, FusekiVocab.pPasswordFile, (RDFNode) null).toList();
        model.remove(passwd);
        return passwd.stream().findFirst().map(s -> {
            Path p = Path.of(s.getString());
            return p.isAbsolute() ? p : file.toAbsolutePath().getParent().resolve(p);
        });
    }

    /** The file this was read from. */
    public Path file() {
        return file;
    }

    /** The rewritten configuration, ready for {@code FusekiServer.Builder.parseConfig}. */
    public Model model() {
        return model;
    }

    /** Canonical names ({@code /kg}) of the services whose dataset is the TDB2 store. */
    public List<String> tdb2Services() {
        return tdb2Services;
    }

    /** The {@code tdb2:unionDefaultGraph} setting of the TDB2 dataset, if the file gives one. */
    public Optional<Boolean> unionDefaultGraph() {
        return unionDefaultGraph;
    }

    /** The server-level {@code fuseki:passwd} file, if the configuration names one. */
    public Optional<Path> passwordFile() {
        return passwordFile;
    }
}
