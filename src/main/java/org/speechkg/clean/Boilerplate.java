package org.speechkg.clean;

import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.speechkg.text.Scan;

/**
 * Removes the lines a web page puts around an article: editor and source credits (责任编辑：…, 来源：…),
 * sharing and printing controls (分享到, 打印本页, 关闭窗口, 扫一扫…, 查看原文), breadcrumbs (当前位置：…) and
 * copyright or registration lines. Only short lines that are nothing but such a notice go (a paragraph that
 * mentions a source is not a notice); a credit in parentheses at the end of a paragraph ((责任编辑：…)) is cut
 * out of its line.
 */
final class Boilerplate {
    /** Longest line that can be a notice: a notice is short, a paragraph that mentions a source is not. */
    private static final int MAX_LINE = 100;
    private static final String LEAD = "[ \\t　]*[【\\[（(<「]?[ \\t　]*";
    /** A notice that begins the line: a credit with its colon, or a page control. */
    private static final String STARTS = "(?:责任编辑|本文编辑|编辑|校对|审核|审校|终审|初审|来源|稿源|文章来源|信息来源|图片来源"
            + "|当前位置|您的位置|您现在的位置|所在位置)[ \\t　]*[：:]"
            + "|分享到|分享至|打印本页|打印此页|打印文章|关闭窗口|关闭本页|【打印】|【关闭】|扫一扫|微信扫一扫|手机扫一扫|用手机扫"
            + "|返回顶部|返回首页|字号[：:]|【字体|字体[：:]|版权所有|Copyright|©|查看原文|阅读原文|原文链接";
    private static final Pattern NOTICE = Pattern.compile("(?i)^" + LEAD + "(?:" + STARTS + ")");
    /** A copyright or site-registration line: the mark may stand anywhere in it. */
    private static final Pattern REGISTRATION = Pattern.compile(
            "(?i)版权所有(?![者人权])|Copyright ?©|ICP备|ICP证|公网安备|网站标识码|All Rights Reserved");
    private static final Scan TAIL_CREDIT = Scan.compile(
            "[（(](?:责任编辑|编辑|来源)[：:][^（）()\\n]{1,30}[）)](?=[ \\t　]*(?:\\n|$))");

    private Boilerplate() {}

    /** {@code text} without page boilerplate; each line or credit removed is handed to {@code removed}. */
    static String strip(String text, Consumer<String> removed) {
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (from <= text.length()) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? text.length() : nl;
            if (end - from <= MAX_LINE && isNotice(text.substring(from, end))) {
                removed.accept(text.substring(from, end));
            } else {
                out.append(text, from, end);
            }
            if (nl < 0) {
                break;
            }
            out.append('\n');
            from = nl + 1;
        }
        return out.indexOf("编辑") >= 0 || out.indexOf("来源") >= 0 ? TAIL_CREDIT.cut(out, removed) : out.toString();
    }

    private static boolean isNotice(String line) {
        return !line.isBlank() && (NOTICE.matcher(line).lookingAt() || REGISTRATION.matcher(line).find());
    }
}
