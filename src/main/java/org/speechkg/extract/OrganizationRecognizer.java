package org.speechkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.speechkg.text.Scan;

/**
 * Organizations by grammar.
 * <ul>
 *   <li>Party and state bodies: optional issuer (中共), optional place (a placeholder such as XX, or a name
 *       ending in 省/市/县/区), a level (省/市/县/区/镇/自治区…), a body (委, 党委, 政府, 纪委, 法院…), then
 *       optional departments (政法委, 宣传部…) and sub-units (党支部, 理论学习中心组, 第十二巡视组…). Each
 *       prefix that is itself a body is a mention too: 市委政法委党支部 also names 市委政法委 and 市委, as a
 *       body named inside a role does (市委常委 → 市委).</li>
 *   <li>Bare departments with a sub-unit (政法委党支部).</li>
 *   <li>Named units ending in a unit noun (…领导小组, …领导小组办公室, …工作室, …指导组, …联盟, …大队),
 *       the name read back to the phrase edge; and schools or hospitals of a level or placeholder (XX中学, 市医院).</li>
 *   <li>Institutions and their internal units by head noun, read back over HanLP's tags ({@link InstitutionGrammar}):
 *       武汉大学党委宣传部 names 武汉大学, 武汉大学党委 and itself; 校长办公会, 学校纪委, 省财政厅, 联合国…组织.</li>
 * </ul>
 * Class nouns (政法单位, 基层党组织, 党员干部) never match: a body needs a level or a name before its suffix.
 */
public final class OrganizationRecognizer implements MentionRecognizer {
    private static final String LEVEL = "(?:省|市|县|区|镇|乡|街道|自治区|自治州|州|盟|旗)";
    private static final String PLACE = "(?:(?:XX|ＸＸ|[*＊]|某)(?:省|市|县|区|自治区)?)";
    private static final String BODY = "(?:党委|党工委|委员会|委|人民政府|政府|人大常委会|人大|政协|纪委监委|纪委|监委|人民法院|法院|人民检察院|检察院|公安局|司法局|信访局|交安办|综治办)";
    private static final String DEPT = "(?:政法委员会|政法委|宣传部|组织部|统战部|办公室|办公厅|政研室|网信办|编办|巡察办|党校)";
    private static final String NUM = "[一二三四五六七八九十百零〇XＸ\\d]{1,4}";
    private static final String UNIT = "(?:党支部|党总支|党组|理论学习中心组|中心组|第" + NUM + "巡视组|第" + NUM + "巡察组|巡视组|巡察组)";

    private static final Scan BODY_NAME = Scan.compile(
            "(中共)?(" + PLACE + ")?(?<![城都超门])(" + LEVEL + ")" + BODY + "(" + DEPT + ")?(" + UNIT + ")?");
    private static final Scan BARE_DEPT = Scan.compile("(?<![\\p{IsHan}])(" + DEPT + ")(" + UNIT + ")");
    private static final Scan NAMED_UNIT = Scan.compile(
            "(领导小组办公室|工作领导小组|领导小组|工作室|研究中心|巡回指导组|指导组|保护联盟|联盟|大队|派出所)");
    private static final Scan INSTITUTION = Scan.compile("(XX|ＸＸ|[*＊]|某|[市县区镇乡])(中学|小学|医院|人民医院|学校)");
    /** A second body sharing the first one's level: 镇党委、政府 names 镇政府. */
    private static final Pattern COORDINATED = Pattern.compile("^[、和及与]((?:人民)?政府|人大|政协|纪委|党委)");
    /** A unit set up under a body: 领导小组下设办公室. */
    private static final Scan SET_UNDER = Scan.compile("(领导小组|委员会|指挥部)下设(办公室|工作专班|专班)");
    private static final int MAX_MODIFIER = 24;
    private static final Pattern CLASS_OF_UNITS = Pattern.compile(
            "(各|有关|相关|基层|县级|市级|省级|全市|全省|全县|全国|示范|新媒体)*\\p{IsHan}{0,1}(工作室|联盟|指导组)");
    private static final Pattern WIDE_SCOPE = Pattern.compile("全省|全市|全国|全县|县级|市级|省级");
    private static final Pattern EDITION = Pattern.compile("第[一二三四五六七八九十\\d]+届");

    @Override
    public String name() {
        return "organization-grammar";
    }

    @Override
    public List<Mention> recognize(SentenceContext ctx) {
        List<Mention> out = new ArrayList<>();
        String s = ctx.text();
        if (hasAny(s, BODY_CHARS)) {
            bodies(ctx, out, BODY_NAME.in(s));
        }
        Scan.Hits m = BARE_DEPT.in(s);
        boolean unit = hasAny(s, UNIT_CHARS);
        while (unit && m.find()) {
            add(ctx, out, m.start(), m.end(), m.group());
        }
        m = NAMED_UNIT.in(s);
        boolean named = hasAny(s, NAMED_UNIT_CHARS);
        while (named && m.find()) {
            int start = unitStart(s, m.start());
            String label = Labels.canonical(s.substring(start, m.end()));
            if (label.length() > m.group().length() && !isClassNoun(label)) {
                add(ctx, out, start, m.end(), label);
            }
        }
        m = SET_UNDER.in(s);
        while (s.indexOf("下设") >= 0 && m.find()) { // every match holds 下设: no scan of sentences without it
            add(ctx, out, m.start(1), m.end(1), m.group(1));
            add(ctx, out, m.start(2), m.end(2), m.group(1) + m.group(2));
        }
        m = INSTITUTION.in(s);
        boolean school = s.indexOf("中学") >= 0 || s.indexOf("小学") >= 0 || s.indexOf("医院") >= 0 || s.indexOf("学校") >= 0;
        while (school && m.find()) { // every match ends in one of these: no scan of sentences without them
            add(ctx, out, m.start(), m.end(), m.group());
        }
        for (InstitutionGrammar.Name n : InstitutionGrammar.find(s)) {
            add(ctx, out, n.start(), n.end(), n.label());
        }
        return out;
    }

    /** A body and each shorter body its name starts with (body, body + department, full name). */
    private void bodies(SentenceContext ctx, List<Mention> out, Scan.Hits m) {
        while (m.find()) {
            int nameStart = m.group(1) != null ? m.start() + 2 : m.start();
            int deptEnd = m.group(4) != null ? m.end(4) : -1;
            int coreEnd = m.group(4) != null ? m.start(4) : m.group(5) != null ? m.start(5) : m.end();
            for (int end : new int[] {coreEnd, deptEnd, m.end()}) {
                if (end > nameStart) {
                    add(ctx, out, m.start(), end, ctx.text().substring(nameStart, end));
                }
            }
            String s = ctx.text();
            if (m.end() >= s.length() || "、和及与".indexOf(s.charAt(m.end())) < 0) {
                continue; // COORDINATED starts with one of these: no substring and matcher for the other bodies
            }
            Matcher co = COORDINATED.matcher(s.substring(m.end(), Math.min(s.length(), m.end() + 6)));
            String level = m.group(3);
            if (co.lookingAt() && m.group(4) == null && m.group(5) == null) {
                add(ctx, out, m.end() + co.start(1), m.end() + co.end(1), level + co.group(1));
            }
        }
    }

    /**
     * Characters every match holds one of, so a sentence with none of them is not scanned: each BODY word holds one
     * of 委府大协院局办, each UNIT one of 组支 (党支部, 党总支, …组), each NAMED_UNIT word one of 组室心盟队所.
     */
    private static final String BODY_CHARS = "委府大协院局办";
    private static final String UNIT_CHARS = "组支";
    private static final String NAMED_UNIT_CHARS = "组室心盟队所";

    private static boolean hasAny(String s, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (s.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private void add(SentenceContext ctx, List<Mention> out, int start, int end, String label) {
        int as = ctx.abs(start);
        int ae = ctx.abs(end);
        for (int i = 0, n = out.size(); i < n; i++) {
            Mention o = out.get(i);
            if (o.start() == as && o.end() == ae) {
                return;
            }
        }
        out.add(ctx.mention(EntityType.Organization, label, as, ae, name()));
    }

    /**
     * Left edge of a unit name; a quoted part (XX市“推进四项制度、促进三治融合”工作领导小组) is read whole,
     * together with the place written before it.
     */
    static int unitStart(String s, int headStart) {
        int close = s.lastIndexOf('”', headStart);
        if (close >= 0 && headStart - close <= 3) {
            int open = s.lastIndexOf('“', close);
            if (open >= 0) {
                return PhraseEdges.leftEdge(s, open, MAX_MODIFIER - (close - open));
            }
        }
        return PhraseEdges.leftEdge(s, headStart, MAX_MODIFIER);
    }

    /** Kinds of unit rather than units (各地工作室), and award titles (全省第三届…示范工作室). */
    private static boolean isClassNoun(String label) {
        return CLASS_OF_UNITS.matcher(label).matches() || WIDE_SCOPE.matcher(label).lookingAt() || EDITION.matcher(label).find();
    }
}
