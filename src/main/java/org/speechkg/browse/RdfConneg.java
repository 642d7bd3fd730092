package org.speechkg.browse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;

/**
 * Content negotiation between the HTML page and the four RDF syntaxes a data document is served in (Turtle,
 * JSON-LD, RDF/XML, N-Triples), with media types from Jena's {@link WebContent} and {@link Lang}.
 *
 * <p>A browser's {@code Accept} (or none, or {@code *}{@code /*}) gets HTML; an RDF client names its syntax.
 * {@code application/json} is read as JSON-LD and {@code text/plain} as N-Triples, as older clients ask.
 */
public final class RdfConneg {
    /** The RDF syntaxes served, in preference order when a client accepts several equally. */
    public static final List<Lang> LANGS = List.of(Lang.TURTLE, Lang.JSONLD, Lang.RDFXML, Lang.NTRIPLES);

    private static final Map<String, Lang> FORMAT_NAMES = formatNames();
    private static final Map<String, Optional<Lang>> BY_MEDIA_TYPE = mediaTypes();
    private static final AcceptList WITH_HTML = offers(true);
    private static final AcceptList RDF_ONLY = offers(false);

    private RdfConneg() {}

    /**
     * What a client accepting {@code accept} gets: the HTML page or RDF in one syntax; empty when nothing on offer
     * is acceptable (406).
     */
    public static Optional<Representation> negotiate(String accept, boolean htmlOnOffer) {
        AcceptList offers = htmlOnOffer ? WITH_HTML : RDF_ONLY;
        if (accept == null || accept.isBlank()) {
            return Optional.of(htmlOnOffer ? Representation.HTML : new Representation(Lang.TURTLE));
        }
        MediaType chosen;
        try {
            chosen = AcceptList.match(new AcceptList(accept), offers);
        } catch (RuntimeException e) {
            chosen = offers.first();
        }
        if (chosen == null) {
            return Optional.empty();
        }
        Optional<Lang> lang = BY_MEDIA_TYPE.get(chosen.getContentTypeStr().toLowerCase(Locale.ROOT));
        return Optional.of(lang.map(Representation::new).orElse(Representation.HTML));
    }

    /** The outcome of negotiation: HTML ({@code lang} null) or an RDF syntax. */
    public record Representation(Lang lang) {
        /** The HTML page. */
        public static final Representation HTML = new Representation(null);

        public boolean isHtml() {
            return lang == null;
        }
    }

    /** The syntax named by a {@code format} parameter ({@code turtle}, {@code ttl}, {@code jsonld}, …), if served. */
    public static Optional<Lang> byName(String format) {
        if (format == null) {
            return Optional.empty();
        }
        Lang lang = FORMAT_NAMES.get(format.trim().toLowerCase(Locale.ROOT));
        if (lang == null) {
            lang = RDFLanguages.shortnameToLang(format.trim());
        }
        return lang != null && LANGS.contains(lang) ? Optional.of(lang) : Optional.empty();
    }

    /** The canonical {@code format} parameter value of a served syntax. */
    public static String name(Lang lang) {
        if (lang.equals(Lang.TURTLE)) {
            return "turtle";
        } else if (lang.equals(Lang.JSONLD)) {
            return "jsonld";
        } else if (lang.equals(Lang.RDFXML)) {
            return "rdfxml";
        } else if (lang.equals(Lang.NTRIPLES)) {
            return "ntriples";
        }
        throw new IllegalArgumentException("not served: " + lang);
    }

    /** A short human name of the syntax, for links. */
    public static String label(Lang lang) {
        return lang.getLabel();
    }

    private static Map<String, Lang> formatNames() {
        Map<String, Lang> m = new LinkedHashMap<>();
        m.put("turtle", Lang.TURTLE);
        m.put("ttl", Lang.TURTLE);
        m.put("jsonld", Lang.JSONLD);
        m.put("json-ld", Lang.JSONLD);
        m.put("rdfxml", Lang.RDFXML);
        m.put("rdf", Lang.RDFXML);
        m.put("xml", Lang.RDFXML);
        m.put("ntriples", Lang.NTRIPLES);
        m.put("nt", Lang.NTRIPLES);
        return m;
    }

    private static Map<String, Optional<Lang>> mediaTypes() {
        Map<String, Optional<Lang>> m = new LinkedHashMap<>();
        m.put(WebContent.contentTypeHTML, Optional.empty());
        m.put("application/xhtml+xml", Optional.empty());
        for (Lang lang : LANGS) {
            m.put(lang.getContentType().getContentTypeStr(), Optional.of(lang));
            lang.getAltContentTypes().forEach(ct -> m.putIfAbsent(ct.toLowerCase(Locale.ROOT), Optional.of(lang)));
        }
        m.putIfAbsent(WebContent.contentTypeJSON, Optional.of(Lang.JSONLD));
        m.putIfAbsent(WebContent.contentTypeTextPlain, Optional.of(Lang.NTRIPLES));
        return m;
    }

    private static AcceptList offers(boolean html) {
        return AcceptList.create(BY_MEDIA_TYPE.entrySet().stream()
                .filter(e -> html || e.getValue().isPresent())
                .map(Map.Entry::getKey).toArray(String[]::new));
    }
}
