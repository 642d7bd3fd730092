package org.speechkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.speechkg.text.Scan;

/**
 * Short forms of fairs, expos and games: one to three characters before 博会, 贸会, 交会, 洽会, 运会 or 奥会 (进博会,
 * 服贸会, 广交会, 全运会, 亚残运会, 残特奥会), with a place before them kept (成都大运会, 东京残奥会) and an edition
 * (第六届消博会, labelled 消博会: the fair, not one year's edition). HanLP's dictionary knows few of them (广交会, 全运会) and splits the rest, so they are read by
 * their ending. The ending inside an ordinary word (命运会…, 营运会…) or before another noun (…会议, …会员) is none.
 */
final class EventAbbreviations {
    private static final Scan ENDING = Scan.compile("[博贸交洽运奥]会(?![议员长场馆堂所址计谈])");
    /** Words the ending's first character forms with the character before it: no event. */
    private static final Pattern ORDINARY_WORD = Pattern.compile(
            "(命|幸|好|营|客|货|航|气|时|国|转|搬|托|空|海|联|承|调|水|陆|财|厄|鸿|走|赌|相|社|外|经)[运交贸]|[一二三四五六七八九十]奥");
    private static final Pattern EDITION = Pattern.compile("^第[一二三四五六七八九十\\d]+届");
    private static final int MAX_PREFIX = 3;

    private EventAbbreviations() {}

    static List<Mention> find(SentenceContext ctx, String recognizer) {
        List<Mention> out = new ArrayList<>();
        String s = ctx.text();
        Scan.Hits m = ENDING.in(s);
        while (m.find()) {
            int start = Math.max(placeBefore(s, PhraseEdges.nameStart(s, m.start(), 12), m.start()),
                    wordStart(s, m.start(), m.end()));
            String prefix = withoutPlace(EDITION.matcher(s.substring(start, m.start())).replaceFirst(""));
            if (prefix.isEmpty() || prefix.length() > MAX_PREFIX || !prefix.codePoints().allMatch(Character::isIdeographic)
                    || ORDINARY_WORD.matcher(prefix.substring(prefix.length() - 1) + m.group().charAt(0)).matches()) {
                continue;
            }
            String label = EDITION.matcher(Labels.canonical(s.substring(start, m.end()))).replaceFirst("");
            out.add(ctx.mention(EntityType.Event, label, ctx.abs(start),
                    ctx.abs(m.end()), recognizer));
        }
        return out;
    }

    /**
     * Start of the word HanLP reads as ending with the short form (亚运会 in 卫冕亚运会) when a verb stands before it:
     * the verb governs the event and is no part of its name; else -1 (no limit). A place before it stays (巴黎奥运会).
     */
    private static int wordStart(String s, int ending, int end) {
        int from = Math.max(0, ending - MAX_PREFIX - 2);
        List<HanLpAdapter.Token> tokens = HanLpAdapter.segment(s.substring(from, end));
        for (int i = 1; i < tokens.size(); i++) {
            HanLpAdapter.Token t = tokens.get(i);
            if (from + t.offset() + t.word().length() == end && from + t.offset() < ending
                    && tokens.get(i - 1).tag().equals("v")) {
                return from + t.offset();
            }
        }
        return -1;
    }

    /** Where a place written one to three characters before the ending starts (备战西安全运会 → 西安), else {@code start}. */
    private static int placeBefore(String s, int start, int ending) {
        String prefix = s.substring(start, ending);
        return HanLpAdapter.dictionaryPersonsAndPlaces(prefix).stream()
                .filter(t -> t.isPlace() && t.offset() > 0)
                .filter(t -> prefix.length() - t.offset() - t.word().length() >= 1
                        && prefix.length() - t.offset() - t.word().length() <= MAX_PREFIX)
                .findFirst().map(t -> start + t.offset()).orElse(start);
    }

    /** The prefix without a place name that opens it (成都 in 成都大运会). */
    private static String withoutPlace(String prefix) {
        return HanLpAdapter.dictionaryPersonsAndPlaces(prefix).stream()
                .filter(t -> t.offset() == 0 && t.isPlace() && t.word().length() < prefix.length())
                .findFirst().map(t -> prefix.substring(t.word().length())).orElse(prefix);
    }
}
