package org.speechkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organizations by grammar. Party and state bodies are read as an optional issuer prefix (中共), an
 * optional place (a placeholder such as XX, or a place name ending in 省/市/县/区…), an administrative
 * level, a body (委, 党委, 政府, 纪委…), then optional departments and sub-units (政法委, 宣传部, 党支部,
 * 理论学习中心组, 第十二巡视组…). Named units end in a unit suffix (…领导小组, …办公室, …工作室, …大队);
 * their left edge is the nearest function word or punctuation. Class nouns (政法单位, 基层党组织) never
 * match because a body needs a level or a name before its suffix.
 */
public final class OrganizationRecognizer implements MentionRecognizer {
    private static final String LEVEL = "(?:省|市|县|区|镇|乡|村|街道|自治区|自治州|州|盟|旗|社区)";
    private static final String PLACE = "(?:(?:XX|ＸＸ|[*＊]|某)(?:省|市|县|区|自治区)?|[\\p{IsHan}]{2,6}?(?:省|市|县|区|自治区))";
    private static final String BODY = "(?:党委|党工委|委员会|委|人民政府|政府|人大常委会|人大|政协|纪委监委|纪委|监委|人民法院|法院|人民检察院|检察院|公安局|司法局|信访局|交安办|综治办|综治中心)";
    private static final String DEPT = "(?:政法委员会|政法委|宣传部|组织部|统战部|办公室|办公厅|政研室|网信办|编办|巡察办|党校|直属机关工委)";
    private static final String NUM = "[一二三四五六七八九十百零〇XＸ\\d]{1,4}";
    private static final String UNIT = "(?:党支部|党总支|党组|理论学习中心组|中心组|第" + NUM + "巡视组|第" + NUM + "巡察组|巡视组|巡察组|常委会)";

    private static final Pattern BODY_NAME = Pattern.compile(
            "(中共)?(" + PLACE + ")?" + LEVEL + BODY + "(?:" + DEPT + ")?(?:" + UNIT + ")?");
    private static final Pattern BARE_DEPT = Pattern.compile(
            "(?<![\\p{IsHan}])(" + DEPT + ")(" + UNIT + ")");
    private static final Pattern NAMED_UNIT = Pattern.compile(
            "([\\p{IsHan}A-Za-z0-9XＸ、“”（）()]{2,30}?)(领导小组办公室|领导小组|工作领导小组|工作室|研究中心|指导组|联盟|大队|支队|派出所|中队)");
    private static final Pattern LEFT_EDGE = Pattern.compile(
            ".*(?:[，。；：、！？,.;:!?\\s]|的|了|在|和|与|及|由|把|将|对|为|是|从|向|被|等|成立|组建|设立|联合|召开|参加|邀请|牵头|担任|任)");
    private static final Pattern ROLE_AFTER = Pattern.compile("^(?:书记|副书记|委员|主任|副主任|部长|副部长|组长|副组长|成员)");

    @Override
    public String name() {
        return "organization-grammar";
    }

    @Override
    public List<Mention> recognize(SentenceContext ctx) {
        List<Mention> out = new ArrayList<>();
        String s = ctx.text();
        Matcher m = BODY_NAME.matcher(s);
        while (m.find()) {
            addBody(ctx, out, m.start(), m.end(), m.group(1) != null);
        }
        m = BARE_DEPT.matcher(s);
        while (m.find()) {
            out.add(ctx.mention(EntityType.Organization, m.group(), ctx.abs(m.start()), ctx.abs(m.end()), name()));
        }
        m = NAMED_UNIT.matcher(s);
        while (m.find()) {
            int start = leftEdge(s, m.start(1), m.end(1));
            String label = Labels.canonical(s.substring(start, m.end()));
            if (label.length() >= m.group(2).length() + 2 && !label.startsWith("的")) {
                out.add(ctx.mention(EntityType.Organization, label, ctx.abs(start), ctx.abs(m.end()), name()));
            }
        }
        return out;
    }

    private void addBody(SentenceContext ctx, List<Mention> out, int start, int end, boolean cpcPrefix) {
        String s = ctx.text();
        String label = s.substring(start, end);
        if (cpcPrefix) {
            label = label.substring(2); // 中共XX市委 is XX市委; the full form stays an alternative label
        }
        out.add(ctx.mention(EntityType.Organization, label, ctx.abs(start), ctx.abs(end), name()));
    }

    /** Start of a named unit: after the last function word or punctuation before its suffix. */
    static int leftEdge(String s, int from, int suffixStart) {
        Matcher e = LEFT_EDGE.matcher(s.substring(from, suffixStart));
        return e.lookingAt() ? from + e.end() : from;
    }

    static boolean followedByRole(String s, int end) {
        return ROLE_AFTER.matcher(s.substring(end)).lookingAt();
    }
}
