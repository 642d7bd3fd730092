package org.speechkg.extract;

import java.util.regex.Matcher;
import org.speechkg.text.Scan;

/**
 * Finds where a name that ends in a known head (…领导小组, …读书班, …工程) begins. Chinese writes no
 * spaces, so the left edge is taken as the point after the last word that cannot be part of a name:
 * punctuation, particles and prepositions (的, 了, 在, 和, 对…), governing verbs (开展, 召开, 成立, 制定,
 * 推进, 派出, 代替…), adverbs of manner (深入, 扎实…), demonstratives (此次, 上级…), role nouns (书记, 同志),
 * a year (2023年) and a count (58个). What remains between that point and the head is the name's modifier.
 */
public final class PhraseEdges {
    private static final String STOPS = String.join("|",
            "[，。；：、！？,.;:!?\\s《》【】\\[\\]—…·“”\"]", "[一二三四五六七八九十]是",
            "\\d{4}年", "\\d{1,2}月", "\\d{1,2}日", "为期\\d+天", "\\d+个",
            "的", "了", "着", "在", "和", "与", "及", "同", "对", "把", "将", "由", "从", "向", "被", "为", "以", "等", "并", "或", "于", "就", "到",
            "开展", "展开", "组织", "召开", "举办", "举行", "参加", "参与", "出席", "列席", "成立", "建立", "组建", "设立", "下设",
            "制定", "印发", "出台", "制发", "实施", "推进", "推动", "深化", "部署", "落实", "执行", "确保", "保证", "听取", "定期", "启动", "联合", "邀请", "牵头",
            "坚持", "加强", "强化", "深入", "继续", "全面", "扎实", "积极", "认真", "持续", "不断", "进一步", "大力", "广泛",
            "荣获", "获得", "获评", "评为", "作为", "通过", "围绕", "按照", "根据", "依托", "结合", "主持", "配合", "指导",
            "带领", "带动", "利用", "借助", "依据", "对照", "聚焦", "紧扣", "针对", "包括", "其中", "主动", "先后", "分别",
            "发挥", "获批", "立项", "依靠", "健全", "完善", "调整", "优化", "召集", "开好", "办好", "抓好", "搞好", "做好", "用好", "拓展", "巩固", "创新", "运用", "采用", "推行", "实行", "建立健全", "打造", "构建", "形成", "此次", "本次", "这次", "上次", "这一", "上级", "各级", "一系列", "系列", "各类", "各项", "一次", "多次", "首次",
            "派出", "不设", "代替", "取代", "代写", "抄袭", "拼凑",
            "书记", "副书记", "同志", "主任", "部长", "组长", "常委", "委员", "个人", "专门", "高位", "精心", "圆满", "顺利");
    private static final Scan STOP = Scan.compile("(?:" + STOPS + ")");

    private PhraseEdges() {}

    /**
     * Start of the name whose head starts at {@code headStart}, looking back at most {@code maxLen}
     * characters from {@code headStart} in {@code s}.
     */
    public static int leftEdge(String s, int headStart, int maxLen) {
        int from = Math.max(0, headStart - maxLen);
        Matcher m = STOP.pattern().matcher(s);
        for (int p = headStart - 1; p >= from; p--) { // the last stop that starts before the head, read as written
            if (STOP.mayStartWith(s.charAt(p)) && m.region(p, headStart).lookingAt()) {
                return m.end();
            }
        }
        return from;
    }
}
