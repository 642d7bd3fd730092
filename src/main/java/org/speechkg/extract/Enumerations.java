package org.speechkg.extract;

/**
 * Names whose modifier is a list of short words sharing one head (蓝天、碧水、净土保卫战): the head's phrase edge
 * stops at the last 、, so the list is read back over items of two or three characters. A longer item is a name
 * of its own (提振消费专项行动、消费环境优化行动), so the list stops there.
 */
final class Enumerations {
    private static final int MAX_ITEM = 3;

    private Enumerations() {}

    /** Start of the list the modifier {@code [start, headStart)} ends, or {@code start} when it ends none. */
    static int firstItem(String s, int start, int headStart) {
        if (headStart - start > MAX_ITEM || headStart - start < 2) {
            return start;
        }
        int first = start;
        while (first > 0 && s.charAt(first - 1) == '、') {
            int sep = first - 1;
            int itemStart = PhraseEdges.nameStart(s, sep, MAX_ITEM + 6);
            int len = sep - itemStart;
            if (len < 2 || len > MAX_ITEM || !s.substring(itemStart, sep).codePoints().allMatch(Character::isIdeographic)) {
                break;
            }
            first = itemStart;
        }
        return first;
    }
}
