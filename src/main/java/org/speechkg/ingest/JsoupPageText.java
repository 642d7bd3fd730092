package org.speechkg.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads an HTML page with jsoup: the article title of its {@code <title>} on the first line, then the text
 * of its body, one block element (or {@code <br>}) per line. Scripts, styles, navigation, forms and page
 * footers are left out; a body line repeating the title (the {@code <h1>}) is not read twice.
 */
final class JsoupPageText {
    /** Parts of a page that are not its article. */
    private static final String NOT_TEXT = "script, style, noscript, template, iframe, object, svg, canvas, nav, footer,"
            + " aside, form, select, button, input, textarea";

    private JsoupPageText() {}

    /** The readable text of {@code html}; empty when it has none. */
    static String read(String html) {
        Document doc = Jsoup.parse(html);
        String title = HtmlPage.title(doc.title());
        doc.select(NOT_TEXT).remove();
        List<String> lines = bodyLines(doc.body());
        if (!title.isEmpty()) {
            lines.removeIf(l -> l.equals(title) || title.startsWith(l) && l.length() * 2 > title.length());
            lines.add(0, title);
        }
        return String.join("\n", lines);
    }

    private static List<String> bodyLines(Element body) {
        StringBuilder out = new StringBuilder();
        if (body != null) {
            NodeTraversor.traverse(new LineBreaker(out), body);
        }
        List<String> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            String l = line.replace('\u00A0', ' ').strip();
            if (!l.isEmpty()) {
                lines.add(l);
            }
        }
        return lines;
    }

    /** Appends text nodes, and a line break around every block element and at {@code <br>}. */
    private record LineBreaker(StringBuilder out) implements NodeVisitor {
        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                out.append(t.text());
            } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
                out.append('\n');
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && e.isBlock()) {
                out.append('\n');
            } else if (node instanceof Element e && (e.nameIs("td") || e.nameIs("th"))) {
                out.append(' ');
            }
        }
    }
}
